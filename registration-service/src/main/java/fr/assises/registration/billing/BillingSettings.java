package fr.assises.registration.billing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The issuer of a congress's invoices: the organising body's identity and its legal mentions. */
@Entity
@Table(name = "billing_settings")
public class BillingSettings {

    @Id
    @Column(name = "congress_id")
    public UUID congressId;
    public String name;
    public String siret;
    public String address;
    /** VAT rate in basis points (2000 = 20 %), null when the issuer is exempt. */
    @Column(name = "vat_rate_bp")
    public Integer vatRateBp;
    @Column(name = "vat_exemption")
    public String vatExemption;
    @Column(name = "payment_days")
    public int paymentDays;
    @Column(name = "late_mentions")
    public String lateMentions;
    public String iban;
    public String bic;
    @Column(name = "updated_at")
    public Instant updatedAt;
}
