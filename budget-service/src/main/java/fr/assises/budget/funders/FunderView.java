package fr.assises.budget.funders;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A funder with its commitment; {@code provisionalCents} is what the current version's 74 lines ask of it and
 * the co-financing rates are shares of the version's total charges, in basis points (1 % = 100).
 */
public record FunderView(UUID id, FunderType type, String typeLabel, String name, String agency,
        CommitmentStatus status, long provisionalCents, long requestedCents, long grantedCents, long paidCents,
        LocalDate requestedOn, LocalDate grantedOn, LocalDate paidOn,
        long coFinancingRateBasisPoints, String coFinancingRate, long grantedRateBasisPoints, String grantedRate,
        String conditions) {
}
