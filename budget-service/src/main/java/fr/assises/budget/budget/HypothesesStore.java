package fr.assises.budget.budget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.budget.congresses.CongressTitles;
import fr.assises.budget.congresses.ProgrammeMeals;
import fr.assises.budget.fees.FeeSchedule;
import fr.assises.budget.fees.RegistrationFees;

/**
 * Reads a version's hypotheses with the facts other services own: a draft always counts with the fees of
 * registration-service's latest settings event (a fee typed in the budget could disagree with what participants pay)
 * and with the days, half-days and meals of programme-service's congress once published; a submitted version with the
 * figures it was submitted with, written into it when it was frozen.
 */
@ApplicationScoped
public class HypothesesStore {

    @Inject
    ObjectMapper json;

    @Inject
    BudgetRepository budgets;

    @Inject
    RegistrationFees fees;

    @Inject
    CongressTitles congresses;

    @Inject
    ProgrammeMeals meals;

    public Hypotheses read(BudgetVersion version) {
        Hypotheses stored = stored(version);
        if (version.status == VersionStatus.SUBMITTED) {
            return stored;
        }
        UUID congressId = budgets.findById(version.budgetId).congressId;
        Hypotheses withDays = programme(congressId).map(p -> stored.withDays(p.days(), p.halfDays())).orElse(stored);
        return withFees(withMeals(withDays, meals(congressId)), fees.of(congressId));
    }

    /** The meals of the published programme, once programme-service published one for this congress. */
    public ProgrammeMeals.Served meals(UUID congressId) {
        return meals.of(congressId);
    }

    /**
     * Once the programme published its meals, the meal plan is those sessions, by start and with their titles: the
     * share the committee forecast for one is kept, a meal it has not forecast yet counts every participant, and a
     * meal the programme no longer serves counts no more.
     */
    public static Hypotheses withMeals(Hypotheses h, ProgrammeMeals.Served served) {
        if (!served.known()) {
            return h;
        }
        List<Hypotheses.MealPlan> plan = served.meals().stream().map(m -> new Hypotheses.MealPlan(m.sessionId(),
                m.label(), h.meals().stream().filter(p -> p.sessionId().equals(m.sessionId()))
                        .mapToInt(Hypotheses.MealPlan::percent).findFirst().orElse(100)))
                .toList();
        return h.withMeals(plan);
    }

    /** The congress's days and half-days as programme-service published them, if it did. */
    public Optional<CongressTitles.ProgrammeDays> programme(UUID congressId) {
        return congresses.daysOf(congressId);
    }

    public FeeSchedule schedule(UUID congressId) {
        return fees.of(congressId);
    }

    public static Hypotheses withFees(Hypotheses h, FeeSchedule schedule) {
        List<Hypotheses.CategoryMix> resolved = h.categories().stream().map(c -> schedule.fee(c.code())
                .map(f -> new Hypotheses.CategoryMix(c.code(), f.feeCents(), c.percent(), f.labelFr(), f.labelEn(), true))
                .orElseGet(() -> new Hypotheses.CategoryMix(c.code(), 0, c.percent(), null, null, false)))
                .toList();
        return h.withCategories(resolved);
    }

    public String write(Hypotheses hypotheses) {
        try {
            return json.writeValueAsString(hypotheses);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Hypotheses stored(BudgetVersion version) {
        try {
            return json.readValue(version.hypotheses, Hypotheses.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable hypotheses of version " + version.id, e);
        }
    }
}
