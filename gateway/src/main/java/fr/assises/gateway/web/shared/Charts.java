package fr.assises.gateway.web.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.gateway.clients.Dto;

/**
 * Chart.js inputs as JSON for {@code data-*} attributes (no inline script under the CSP). Each chart is
 * decoration: the page always shows the same figures in a table.
 */
public final class Charts {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Charts() {
    }

    record Series(String label, List<Number> data) {
    }

    record Chart(String type, List<String> labels, List<Series> series, String unit) {
    }

    static String json(Chart chart) {
        try {
            return MAPPER.writeValueAsString(chart);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Each account group of charges and produits: provisional against the figure on confirmed registrations. */
    public static String budget(Dto.Budget budget, String provisional, String confirmed) {
        List<String> labels = new ArrayList<>();
        List<Number> planned = new ArrayList<>();
        List<Number> actual = new ArrayList<>();
        List<Dto.BudgetGroup> groups = new ArrayList<>(budget.chargesOrEmpty());
        groups.addAll(budget.produitsOrEmpty());
        for (Dto.BudgetGroup group : groups) {
            labels.add(group.code() + " " + group.label());
            planned.add(group.provisionalCents() / 100.0);
            actual.add(group.confirmedCents() / 100.0);
        }
        return json(new Chart("bar", labels, List.of(new Series(provisional, planned), new Series(confirmed, actual)),
                "€"));
    }

    /** The balance (produits − charges, in euros) at each attendance, one bar per participant count. */
    public static String balanceByAttendance(List<Integer> participants, List<Long> balanceCents, String label) {
        List<String> labels = participants.stream().map(String::valueOf).toList();
        List<Number> balances = balanceCents.stream().map(c -> (Number) (c / 100.0)).toList();
        return json(new Chart("bar", labels, List.of(new Series(label, balances)), "€"));
    }

    /** What each funder was asked for (provisional) and has granted. */
    public static String funders(Dto.Budget budget, String provisional, String granted) {
        List<String> labels = new ArrayList<>();
        List<Number> planned = new ArrayList<>();
        List<Number> given = new ArrayList<>();
        for (Dto.Funder funder : budget.fundersOrEmpty()) {
            labels.add(funder.name());
            planned.add(funder.provisionalCents() / 100.0);
            given.add(funder.grantedCents() / 100.0);
        }
        return json(new Chart("bar", labels, List.of(new Series(provisional, planned), new Series(granted, given)),
                "€"));
    }

    public static String fill(List<Dto.SessionPlaces> places, String label) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        places.forEach(p -> {
            labels.add(p.title());
            values.add(p.percent());
        });
        return json(new Chart("bar", labels, List.of(new Series(label, values)), "%"));
    }

    public static String categories(Dto.Availability availability, String lang, String label) {
        List<String> labels = new ArrayList<>();
        List<Number> values = new ArrayList<>();
        availability.categoriesOrEmpty().forEach(c -> {
            labels.add(c.label(lang));
            values.add(c.confirmed());
        });
        return json(new Chart("bar", labels, List.of(new Series(label, values)), ""));
    }

    /** Confirmed registrations of each day, one series per category. */
    public static String days(Dto.Availability availability, String lang, java.util.Locale locale) {
        List<String> labels = new ArrayList<>();
        availability.daysOrEmpty().forEach(d -> labels.add(Formats.longDate(d.date(), locale)));
        List<Series> series = new ArrayList<>();
        for (Dto.CategoryPlaces category : availability.categoriesOrEmpty()) {
            List<Number> values = new ArrayList<>();
            availability.daysOrEmpty().forEach(d -> values.add(d.of(category.code())));
            series.add(new Series(category.label(lang), values));
        }
        return json(new Chart("bar", labels, series, ""));
    }

    /** Bars drawn by {@code static/partner-charts.js}: horizontal, labels in full, the height following their number. */
    record Bars(List<String> labels, List<Series> series, String unit, boolean horizontal) {
    }

    /**
     * Mean rating of each session, best first, as horizontal bars so that 30 sessions read with their titles in full
     * (sessions hidden under the threshold are left out); null when no session has a rating to show.
     */
    public static String ratings(Dto.EvaluationResults results, String label) {
        List<Dto.SessionRating> shown = results.sessionRatings().stream()
                .filter(r -> !r.suppressed() && r.mean() != null)
                .sorted(Comparator.comparing(Dto.SessionRating::mean).reversed()).toList();
        if (shown.isEmpty()) {
            return null;
        }
        Bars bars = new Bars(shown.stream().map(Dto.SessionRating::title).toList(),
                List.of(new Series(label, shown.stream().map(r -> (Number) r.mean()).toList())), "", true);
        try {
            return MAPPER.writeValueAsString(bars);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
