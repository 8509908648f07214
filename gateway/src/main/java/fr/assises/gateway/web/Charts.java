package fr.assises.gateway.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;

import fr.assises.gateway.clients.Dto;

/**
 * Chart.js inputs as JSON for {@code data-*} attributes (no inline script under the CSP). Each chart is
 * decoration: the page always shows the same figures in a table.
 */
public final class Charts {

    private Charts() {
    }

    record Series(String label, List<Number> data) {
    }

    record Chart(String type, List<String> labels, List<Series> series, String unit) {
    }

    static String json(Chart chart) {
        try {
            return Programmes.MAPPER.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Charges against produits, provisional and actual, in euros. */
    public static String budget(Dto.BudgetSummary budget, String charges, String produits, String provisional,
            String actual) {
        long chargesActual = 0;
        long produitsActual = 0;
        for (Dto.BudgetLine line : budget.linesOrEmpty()) {
            long value = line.actualCents() == null ? 0 : line.actualCents();
            if (line.charge()) {
                chargesActual += value;
            } else {
                produitsActual += value;
            }
        }
        return json(new Chart("bar", List.of(charges, produits), List.of(
                new Series(provisional, List.of(euros(budget.chargesCents()), euros(budget.produitsCents()))),
                new Series(actual, List.of(chargesActual / 100.0, produitsActual / 100.0))), "€"));
    }

    /** Produits per funder (provisional), from the funders list or, failing that, from the lines. */
    public static Map<String, Long> byFunder(Dto.BudgetSummary budget) {
        Map<String, Long> totals = new LinkedHashMap<>();
        if (!budget.fundersOrEmpty().isEmpty()) {
            budget.fundersOrEmpty().forEach(f -> totals.merge(f.funder(), nz(f.committedCents()), Long::sum));
            return totals;
        }
        for (Dto.BudgetLine line : budget.linesOrEmpty()) {
            if (!line.charge() && line.funder() != null) {
                totals.merge(line.funder(), nz(line.provisionalCents()), Long::sum);
            }
        }
        return totals;
    }

    public static String funders(Dto.BudgetSummary budget, String label) {
        Map<String, Long> totals = byFunder(budget);
        List<Number> values = new ArrayList<>();
        totals.values().forEach(v -> values.add(v / 100.0));
        return json(new Chart("doughnut", new ArrayList<>(totals.keySet()), List.of(new Series(label, values)), "€"));
    }

    public static String ratings(Dto.EvaluationResults results, String label) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        results.sessionsOrEmpty().forEach(s -> {
            labels.add(s.title());
            values.add(s.average() == null ? 0 : s.average());
        });
        return json(new Chart("bar", labels, List.of(new Series(label, values)), "/5"));
    }

    public static String fill(List<Dto.Fill> fills, String label) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        fills.forEach(f -> {
            labels.add(f.title());
            values.add(f.rate());
        });
        return json(new Chart("bar", labels, List.of(new Series(label, values)), "%"));
    }

    public static String counts(Map<String, Integer> counts, String label) {
        List<Number> values = new ArrayList<>(counts.values());
        return json(new Chart("bar", new ArrayList<>(counts.keySet()), List.of(new Series(label, values)), ""));
    }

    private static double euros(Long cents) {
        return nz(cents) / 100.0;
    }

    private static long nz(Long value) {
        return value == null ? 0 : value;
    }
}
