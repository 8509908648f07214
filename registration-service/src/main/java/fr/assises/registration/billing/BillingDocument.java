package fr.assises.registration.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * An invoice, a credit note or a quote as issued: written once, never changed (a database trigger refuses any
 * change but keeping the PDF rendered at the first download) and never deleted. The issuer and the buyer are
 * copied in, so that a later change of the settings or of the payer leaves it as it was sent.
 */
@Entity
@Table(name = "billing_document")
public class BillingDocument {

    public static final String INVOICE = "INVOICE";
    public static final String CREDIT_NOTE = "CREDIT_NOTE";
    public static final String QUOTE = "QUOTE";

    @Id
    public UUID id;
    @Column(name = "congress_id")
    public UUID congressId;
    public String kind;
    public String number;
    @Column(name = "issuer_siret")
    public String issuerSiret;
    @Column(name = "issued_at")
    public Instant issuedAt;
    @Column(name = "issue_date")
    public LocalDate issueDate;
    @Column(name = "due_date")
    public LocalDate dueDate;
    @Column(name = "credited_id")
    public UUID creditedId;
    /** The issuer as it was at issue ({@link IssuerSnapshot}, JSON). */
    public String issuer;
    @Column(name = "buyer_kind")
    public String buyerKind;
    @Column(name = "buyer_name")
    public String buyerName;
    @Column(name = "buyer_siret")
    public String buyerSiret;
    @Column(name = "buyer_address")
    public String buyerAddress;
    @Column(name = "buyer_email")
    public String buyerEmail;
    @Column(name = "order_number")
    public String orderNumber;
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "net_cents")
    public long netCents;
    @Column(name = "vat_cents")
    public long vatCents;
    @Column(name = "total_cents")
    public long totalCents;
    @Column(name = "vat_rate_bp")
    public Integer vatRateBp;
    public String reason;
    public byte[] pdf;
    public byte[] facturx;

    @OneToMany(mappedBy = "document", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<BillingLine> lines = new ArrayList<>();
}
