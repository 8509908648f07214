package fr.assises.evaluation.export;

import java.util.List;

/** The anonymous responses as one table: a header row, then one row per response. */
public record ResponseTable(String title, List<String> header, List<List<String>> rows) {
}
