package fr.assises.gateway.web.partner;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Formats;

/**
 * Editions side by side: one column per edition, one row per figure, written in the page's language. Only what the
 * partner dashboards already show goes in (aggregates from the services' partner answers): a question's mean is
 * left out when the service hid it or fewer than the survey's minimum group answered it.
 */
record Comparison(List<Dto.Congress> editions, List<Row> rows, String peopleChart, String budgetChart,
        String satisfactionChart, int minGroupSize) {

    /** A figure of each edition; {@code heading} starts a group of rows (registrations, budget, satisfaction). */
    record Row(String heading, String label, List<String> cells, boolean negative) {
    }

    static final int DEFAULT_MIN_GROUP = 5;

    static Comparison of(List<Dto.Congress> editions, List<Dashboards.Dashboard> dashboards, PartnerMsg w, Locale locale) {
        List<Row> rows = new ArrayList<>();
        int n = editions.size();
        List<Integer> capacity = new ArrayList<>();
        List<Integer> confirmed = new ArrayList<>();
        List<Long> checkedIn = new ArrayList<>();
        List<Long> charges = new ArrayList<>();
        List<Long> produits = new ArrayList<>();
        List<Long> balance = new ArrayList<>();
        List<Integer> responses = new ArrayList<>();
        List<BigDecimal> rates = new ArrayList<>();
        List<Map<String, BigDecimal>> means = new ArrayList<>();
        Set<String> questions = new LinkedHashSet<>();
        int minGroup = DEFAULT_MIN_GROUP;
        for (Dashboards.Dashboard d : dashboards) {
            Dto.Availability a = d.registrations().ok() ? d.registrations().data() : null;
            capacity.add(a == null ? null : a.capacity());
            confirmed.add(a == null ? null : a.confirmed());
            checkedIn.add(d.arrivals().ok() && d.arrivals().data() != null ? d.arrivals().data().checkedIn() : null);
            Dto.Budget b = d.budget().ok() ? d.budget().data() : null;
            boolean budgetKnown = b != null && b.totals() != null
                    && (b.totals().totalChargesCents() != 0 || b.totals().totalProduitsCents() != 0);
            charges.add(budgetKnown ? b.totals().totalChargesCents() : null);
            produits.add(budgetKnown ? b.totals().totalProduitsCents() : null);
            balance.add(budgetKnown ? b.totals().balanceCents() : null);
            Dto.EvaluationResults r = d.evaluation().ok() && d.evaluation().data() != null
                    ? d.evaluation().data().results() : null;
            responses.add(r == null ? null : r.responses());
            rates.add(r == null ? null : r.responseRate());
            Map<String, BigDecimal> edition = new LinkedHashMap<>();
            if (r != null) {
                int threshold = Math.max(r.minGroupSize(), DEFAULT_MIN_GROUP);
                minGroup = Math.max(minGroup, threshold);
                for (Dto.QuestionResult q : r.scaled()) {
                    if (q.answered() >= threshold && q.label() != null) {
                        edition.put(q.label(), q.mean());
                        questions.add(q.label());
                    }
                }
            }
            means.add(edition);
        }
        rows.add(new Row(w.registrations(), w.capacity(), count(capacity, locale), false));
        rows.add(new Row(null, w.confirmed(), count(confirmed, locale), false));
        rows.add(new Row(null, w.checked_in(), count(checkedIn, locale), false));
        rows.add(new Row(w.budget(), w.charges(), money(charges, locale), false));
        rows.add(new Row(null, w.produits(), money(produits, locale), false));
        rows.add(new Row(null, w.balance(), money(balance, locale), balance.stream().anyMatch(v -> v != null && v < 0)));
        rows.add(new Row(w.satisfaction(), w.responses(), count(responses, locale), false));
        rows.add(new Row(null, w.response_rate(), rates.stream().map(v -> v == null ? "–"
                : Formats.decimal(v, locale) + "\u00a0%").toList(), false));
        for (String question : questions) {
            rows.add(new Row(null, w.mean_of(question), means.stream()
                    .map(m -> m.get(question) == null ? "–" : Formats.decimal(m.get(question), locale)).toList(),
                    false));
        }
        List<String> names = names(editions);
        List<List<Number>> people = new ArrayList<>();
        List<List<Number>> money = new ArrayList<>();
        List<List<Number>> satisfaction = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            people.add(java.util.Arrays.asList(confirmed.get(e), checkedIn.get(e), responses.get(e)));
            money.add(java.util.Arrays.asList(euros(charges.get(e)), euros(produits.get(e))));
            Map<String, BigDecimal> m = means.get(e);
            satisfaction.add(questions.stream().map(q -> (Number) m.get(q)).toList());
        }
        String peopleChart = PartnerCharts.byEdition(List.of(w.confirmed(), w.checked_in(), w.responses()), names,
                people, "", true);
        String budgetChart = PartnerCharts.byEdition(List.of(w.charges(), w.produits()), names, money, "€", true);
        String satisfactionChart = questions.isEmpty() ? null
                : PartnerCharts.byEdition(new ArrayList<>(questions), names, satisfaction, "", true);
        return new Comparison(editions, rows, peopleChart, budgetChart, satisfactionChart, minGroup);
    }

    /** The year an edition starts in, for the column headings. */
    public String year(Dto.Congress edition) {
        return edition.startDate() == null ? "" : String.valueOf(edition.startDate().getYear());
    }

    /** Each edition named by its year in the charts' legends, by its title when two share a year. */
    static List<String> names(List<Dto.Congress> editions) {
        List<Integer> years = editions.stream().map(c -> c.startDate() == null ? 0 : c.startDate().getYear()).toList();
        boolean distinct = years.stream().distinct().count() == years.size() && !years.contains(0);
        return distinct ? years.stream().map(String::valueOf).toList()
                : editions.stream().map(Dto.Congress::title).toList();
    }

    private static Number euros(Long cents) {
        return cents == null ? null : cents / 100.0;
    }

    private static List<String> count(List<? extends Number> values, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        return values.stream().map(v -> v == null ? "–" : format.format(v).replace('\u202f', '\u00a0')).toList();
    }

    private static List<String> money(List<Long> cents, Locale locale) {
        return cents.stream().map(c -> c == null ? "–" : Formats.euros(c, locale)).toList();
    }
}
