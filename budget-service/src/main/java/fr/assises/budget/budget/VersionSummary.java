package fr.assises.budget.budget;

import java.time.Instant;

public record VersionSummary(int number, String name, VersionStatus status, boolean current, Instant createdAt,
        String createdBy, Instant submittedAt, String submittedBy, long totalChargesCents, long totalProduitsCents,
        long balanceCents) {
}
