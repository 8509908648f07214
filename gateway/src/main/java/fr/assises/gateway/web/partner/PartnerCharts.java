package fr.assises.gateway.web.partner;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.gateway.clients.Dto;

/**
 * Chart inputs of the partner pages, drawn by {@code static/partner-charts.js}: horizontal bars with their labels
 * in full, numbers in the page's language, no chart at all when there is nothing to draw (the page then says so in
 * words). The same figures are always in a table.
 */
final class PartnerCharts {

    /** The groups a budget chart shows; the rest are added up as one bar. */
    static final int TOP = 5;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    record Series(String label, List<Number> data) {
    }

    record Chart(List<String> labels, List<Series> series, String unit, boolean horizontal, Number max) {
    }

    private PartnerCharts() {
    }

    static String json(Chart chart) {
        try {
            return MAPPER.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The largest account groups of one side (charges or produits), in euros, the others as one bar; null if all zero. */
    static String topGroups(List<Dto.BudgetGroup> groups, String lang, String provisional, String others) {
        List<Dto.BudgetGroup> filled = groups.stream().filter(g -> g.provisionalCents() != 0)
                .sorted(Comparator.comparingLong((Dto.BudgetGroup g) -> Math.abs(g.provisionalCents())).reversed())
                .toList();
        if (filled.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        for (int i = 0; i < filled.size() && i < TOP; i++) {
            labels.add(filled.get(i).label(lang));
            values.add(filled.get(i).provisionalCents() / 100.0);
        }
        if (filled.size() > TOP) {
            labels.add(others);
            values.add(filled.subList(TOP, filled.size()).stream().mapToLong(Dto.BudgetGroup::provisionalCents).sum()
                    / 100.0);
        }
        return json(new Chart(labels, List.of(new Series(provisional, values)), "€", true, null));
    }

    /** Mean rating of each session shown (those under the threshold are left out), best first; null if none. */
    static String ratings(Dto.EvaluationResults results, String label) {
        List<Dto.SessionRating> shown = results.sessionRatings().stream()
                .filter(r -> !r.suppressed() && r.mean() != null)
                .sorted(Comparator.comparing(Dto.SessionRating::mean).reversed()).toList();
        if (shown.isEmpty()) {
            return null;
        }
        return json(new Chart(shown.stream().map(Dto.SessionRating::title).toList(),
                List.of(new Series(label, shown.stream().map(r -> (Number) r.mean()).toList())), "", true, null));
    }

    /** One bar per edition for each figure (labels), or null when every figure is unknown. */
    static String byEdition(List<String> labels, List<String> editions, List<List<Number>> values, String unit,
            boolean horizontal) {
        boolean any = values.stream().flatMap(List::stream).anyMatch(v -> v != null && v.doubleValue() != 0);
        if (!any) {
            return null;
        }
        List<Series> series = new ArrayList<>();
        for (int e = 0; e < editions.size(); e++) {
            series.add(new Series(editions.get(e), values.get(e)));
        }
        return json(new Chart(labels, series, unit, horizontal, null));
    }
}
