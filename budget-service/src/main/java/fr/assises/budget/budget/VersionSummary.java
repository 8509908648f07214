package fr.assises.budget.budget;

import java.time.Instant;

/** A version with its totals; who created or submitted it stays in the organisers' audit trail, not here. */
public record VersionSummary(int number, String name, VersionStatus status, boolean current, Instant createdAt,
        Instant submittedAt, long totalChargesCents, long totalProduitsCents, long balanceCents) {
}
