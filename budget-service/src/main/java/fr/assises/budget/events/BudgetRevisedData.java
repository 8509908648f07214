package fr.assises.budget.events;

import java.util.UUID;

/** data of {@code fr.assises.budget.revised.v1} (budget-events, key budgetId). */
public record BudgetRevisedData(UUID budgetId, UUID congressId, long chargesCents, long produitsCents,
        long balanceCents, String status, long version) {

    public static final String TYPE = "fr.assises.budget.revised.v1";
}
