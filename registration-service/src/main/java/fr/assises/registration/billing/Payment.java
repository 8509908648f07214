package fr.assises.registration.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Money received for an invoice: bank transfer, administrative mandate, cheque or on site. */
@Entity
@Table(name = "billing_payment")
public class Payment {

    public static final java.util.List<String> MEANS = java.util.List.of("TRANSFER", "MANDATE", "CHEQUE", "ON_SITE");

    @Id
    public UUID id;
    @Column(name = "document_id")
    public UUID documentId;
    @Column(name = "congress_id")
    public UUID congressId;
    public String means;
    public String reference;
    @Column(name = "paid_on")
    public LocalDate paidOn;
    @Column(name = "amount_cents")
    public long amountCents;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
