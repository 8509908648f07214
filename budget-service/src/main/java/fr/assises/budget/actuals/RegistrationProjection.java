package fr.assises.budget.actuals;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the budget needs of a registration (no personal data): its status, category, fee and meals. */
@Entity
@Table(name = "registration_projection")
public class RegistrationProjection {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;

    @Column(name = "congress_id", nullable = false)
    public UUID congressId;

    @Column(nullable = false)
    public String status;

    @Column(nullable = false)
    public String category;

    @Column(name = "fee_cents", nullable = false)
    public long feeCents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;
}
