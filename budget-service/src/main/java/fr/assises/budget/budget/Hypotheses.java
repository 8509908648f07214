package fr.assises.budget.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.assises.budget.money.Money;

/**
 * The parameters the lines are computed from. The category mix and the meal attendance are percentages so that
 * a scenario that only changes the participant count keeps them.
 */
public record Hypotheses(int participants, int days, int halfDays, int rooms, int speakers,
        List<CategoryMix> categories, List<MealPlan> meals, List<Scenario> scenarios) {

    public Hypotheses {
        categories = categories == null ? List.of() : List.copyOf(categories);
        meals = meals == null ? List.of() : List.copyOf(meals);
        scenarios = scenarios == null ? List.of() : List.copyOf(scenarios);
    }

    /**
     * A fee category (registration-service's category code) and its share of participants. The fee and labels are
     * registration-service's (filled in when read, see {@link HypothesesStore}), {@code feeKnown} false while
     * registration-service has published no fee for this code; only a submitted version keeps them as they were.
     */
    public record CategoryMix(String code, long feeCents, int percent, String label, String labelEn,
            Boolean feeKnown) {

        public CategoryMix(String code, long feeCents, int percent) {
            this(code, feeCents, percent, null, null, null);
        }

        /** The committee's label in French or English, the code only when none was published. */
        public String label(boolean english) {
            String chosen = english ? labelEn : label;
            return chosen == null || chosen.isBlank() ? code : chosen;
        }
    }

    /** A MEAL session of the programme and the share of participants expected to take it. */
    public record MealPlan(UUID sessionId, String label, int percent) {
    }

    public record Scenario(String name, int participants) {
    }

    public Hypotheses withDays(int programmeDays, int programmeHalfDays) {
        return new Hypotheses(participants, programmeDays, programmeHalfDays, rooms, speakers, categories, meals, scenarios);
    }

    public Hypotheses withMeals(List<MealPlan> plan) {
        return new Hypotheses(participants, days, halfDays, rooms, speakers, categories, plan, scenarios);
    }

    public Hypotheses withCategories(List<CategoryMix> resolved) {
        return new Hypotheses(participants, days, halfDays, rooms, speakers, resolved, meals, scenarios);
    }

    public static Hypotheses initial() {
        return new Hypotheses(0, 1, 2, 0, 0, List.of(), List.of(), List.of());
    }

    public Hypotheses withParticipants(int count) {
        return new Hypotheses(count, days, halfDays, rooms, speakers, categories, meals, scenarios);
    }

    public boolean hasCategory(String code) {
        return categories.stream().anyMatch(c -> c.code().equals(code));
    }

    public boolean hasMeal(UUID sessionId) {
        return meals.stream().anyMatch(m -> m.sessionId().equals(sessionId));
    }

    /**
     * Participants per category: the percentages applied to the participant count, remainders given to the
     * largest fractions so the counts always add up to the participant count when the mix covers 100 %.
     */
    public Map<String, Long> categoryCounts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<long[]> remainders = new ArrayList<>();
        long assigned = 0;
        int percentTotal = 0;
        for (int i = 0; i < categories.size(); i++) {
            CategoryMix mix = categories.get(i);
            long exact = (long) participants * mix.percent();
            counts.put(mix.code(), exact / 100);
            assigned += exact / 100;
            percentTotal += mix.percent();
            remainders.add(new long[] {exact % 100, i});
        }
        long missing = Money.mulDiv(participants, percentTotal, 100) - assigned;
        remainders.sort(Comparator.comparingLong((long[] r) -> r[0]).reversed().thenComparingLong(r -> r[1]));
        for (int i = 0; i < missing && i < remainders.size(); i++) {
            String code = categories.get((int) remainders.get(i)[1]).code();
            counts.merge(code, 1L, Long::sum);
        }
        return counts;
    }

    public long mealCount(MealPlan meal) {
        return Money.mulDiv(participants, meal.percent(), 100);
    }

    public String mealLabel(UUID sessionId) {
        return meals.stream().filter(m -> m.sessionId().equals(sessionId)).map(MealPlan::label).findFirst()
                .orElse(sessionId.toString());
    }
}
