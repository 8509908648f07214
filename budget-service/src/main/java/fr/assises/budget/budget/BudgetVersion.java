package fr.assises.budget.budget;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A named version of a budget: hypotheses plus lines; frozen once submitted. */
@Entity
@Table(name = "budget_version")
public class BudgetVersion {

    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Column(nullable = false)
    public int number;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public VersionStatus status;

    /** The hypotheses as JSON ({@link Hypotheses}): read and written whole, never queried. */
    @Column(nullable = false)
    public String hypotheses;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "submitted_by")
    public String submittedBy;
}
