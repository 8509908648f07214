package fr.assises.budget.budget;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.assises.budget.funders.FunderView;

/** One version of a budget, computed: the subsidy-application layout with every line's formula and value. */
public record BudgetView(
        UUID budgetId,
        UUID congressId,
        long version,
        int versionNumber,
        String versionName,
        VersionStatus status,
        boolean current,
        String currency,
        Instant submittedAt,
        Hypotheses hypotheses,
        List<GroupView> charges,
        List<GroupView> produits,
        List<GroupView> inKindUses,
        List<GroupView> inKindContributions,
        Totals totals,
        List<FunderView> funders,
        List<ScenarioResult> scenarios,
        BreakEven breakEven,
        RegistrationFees registrationFees,
        Programme programme) {

    /**
     * Whether the days and half-days are programme-service's ({@code known}: the congress's published half-days,
     * which a draft counts with) or still the hypotheses' own numbers; {@code meals} whether the meal plan is the
     * published programme's MEAL sessions (their titles, the hypotheses keeping each one's share) or still the
     * hypotheses' own list.
     */
    public record Programme(boolean known, Integer days, Integer halfDays, boolean meals) {
    }

    /**
     * Where the fees come from: registration-service's settings as last published ({@code known} false before the
     * first settings event), or, for a submitted version, the fees frozen in it ({@code frozen}).
     */
    public record RegistrationFees(boolean known, boolean frozen, long version) {
    }

    /** An account heading (60, 61 … 87), named in French and English, with its lines. */
    public record GroupView(String code, String label, String labelEn, long totalCents, String total, List<LineView> lines) {
    }

    /**
     * A line. {@code valueCents} follows the line's basis; {@code provisionalCents} is the value on the
     * hypotheses and {@code confirmedCents} on confirmed registrations (null for drivers registrations do not move).
     */
    public record LineView(UUID id, UUID key, String account, String accountLabel, String label, Driver driver,
            Basis basis, String formula, long valueCents, String value, long provisionalCents, Long confirmedCents,
            long committedCents, long paidCents, long unitCents, long quantity, boolean perRoom, String category,
            UUID sessionId, String fte, Integer months, UUID funderId, String funderName, List<RevenuePart> revenue) {
    }

    /**
     * One category of a registration-income line, derived and never typed: the forecast participants (hypothesis
     * × share) at registration-service's fee, next to the registrations confirmed so far and what they paid.
     * {@code feeKnown} false: registration-service has published no fee for this category (counted at 0).
     * {@code invoicedCents} (credit notes deducted) and {@code receivedCents} follow registration-service's invoices.
     */
    public record RevenuePart(String category, String label, String labelEn, long participants, long feeCents,
            boolean feeKnown, long amountCents, long confirmed, long confirmedCents, long invoicedCents,
            long receivedCents) {
    }

    /**
     * Totals of the form: charges 60–68, produits 70–78, the in-kind section (86 uses, 87 contributions), the
     * grand totals including it and the balance (produits − charges), which must be zero to submit.
     */
    public record Totals(long chargesCents, long produitsCents, long inKindUsesCents, long inKindContributionsCents,
            long totalChargesCents, long totalProduitsCents, long balanceCents, String balance, boolean balanced) {
    }

    public record ScenarioResult(String name, int participants, long chargesCents, long produitsCents,
            long totalChargesCents, long totalProduitsCents, long balanceCents) {
    }

    /** The smallest participant count where produits cover charges; {@code participants} null means none. */
    public record BreakEven(Integer participants, String label) {
    }
}
