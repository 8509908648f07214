package fr.assises.budget.exports;

import java.util.List;
import java.util.UUID;

import fr.assises.budget.budget.BudgetView;
import fr.assises.budget.budget.VersionStatus;

/**
 * What the partner dashboard shows: totals by account heading and by funder, the balance, provisional against
 * actual, scenarios and break-even. Aggregates only: no line detail, no person.
 */
public record BudgetSummary(UUID budgetId, UUID congressId, long version, int versionNumber, String versionName,
        VersionStatus status, String currency, List<GroupTotal> charges, List<GroupTotal> produits,
        List<GroupTotal> inKind, List<FunderTotal> funders, BudgetView.Totals totals, Actual actual,
        List<BudgetView.ScenarioResult> scenarios, BudgetView.BreakEven breakEven) {

    /**
     * An account heading: its provisional total, the same on confirmed registrations (lines registrations do
     * not move keep their provisional value), and the expenses committed and paid so far.
     */
    public record GroupTotal(String code, String label, String labelEn, long provisionalCents, long confirmedCents,
            long committedCents, long paidCents) {
    }

    public record FunderTotal(String typeLabel, String name, String status, long provisionalCents,
            long requestedCents, long grantedCents, long paidCents, String coFinancingRate) {
    }

    /** Participants and revenue: hypothesis against confirmed registrations. */
    public record Actual(int participantsHypothesis, long participantsConfirmed, long registrationRevenueProvisionalCents,
            long registrationRevenueConfirmedCents, long mealsConfirmed) {
    }
}
