package fr.assises.budget.funders;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A financial partner of a budget and its commitment (shared by every version of the budget). */
@Entity
@Table(name = "funder")
public class Funder {

    @Id
    public UUID id;

    @Column(name = "budget_id", nullable = false)
    public UUID budgetId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FunderType type;

    @Column(nullable = false)
    public String name;

    /** For the État: the ministry or agency that grants (the form asks for it). */
    public String agency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CommitmentStatus status;

    @Column(name = "requested_cents", nullable = false)
    public long requestedCents;

    @Column(name = "granted_cents", nullable = false)
    public long grantedCents;

    @Column(name = "paid_cents", nullable = false)
    public long paidCents;

    @Column(name = "requested_on")
    public LocalDate requestedOn;

    @Column(name = "granted_on")
    public LocalDate grantedOn;

    @Column(name = "paid_on")
    public LocalDate paidOn;

    /** What the funder asks in return (deliverables, reporting, publicity): the committee's words. */
    public String conditions;

    public String displayName() {
        return agency == null || agency.isBlank() ? name : name + " – " + agency;
    }
}
