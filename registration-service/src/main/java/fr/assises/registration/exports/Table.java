package fr.assises.registration.exports;

import java.util.List;

/** A named table of text cells, written as CSV or as one XLSX sheet. */
public record Table(String name, List<String> header, List<List<Object>> rows) {
}
