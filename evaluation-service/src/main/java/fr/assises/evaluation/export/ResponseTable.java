package fr.assises.evaluation.export;

import java.util.List;
import java.util.Set;

/**
 * The anonymous responses as one table: a header row, then one row per response. The cells of {@code numeric}
 * columns are empty or a number written with a dot ("12.5"): the writers make them numbers of the spreadsheet.
 */
public record ResponseTable(String title, List<String> header, List<List<String>> rows, Set<Integer> numeric) {
}
