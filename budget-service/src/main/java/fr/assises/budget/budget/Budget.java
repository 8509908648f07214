package fr.assises.budget.budget;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The provisional budget of one congress; its figures live in numbered versions, the last being current. */
@Entity
@Table(name = "budget")
public class Budget {

    @Id
    public UUID id;

    @Column(name = "congress_id", nullable = false)
    public UUID congressId;

    /** Grows with each change; the {@code version} of budget-events. */
    @Column(name = "aggregate_version", nullable = false)
    public long aggregateVersion;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    /** Totals as last published, so that a registration that changes nothing publishes nothing. */
    @Column(name = "charges_cents", nullable = false)
    public long chargesCents;

    @Column(name = "produits_cents", nullable = false)
    public long produitsCents;

    @Column(name = "balance_cents", nullable = false)
    public long balanceCents;

    @Column(nullable = false)
    public String status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
