package fr.assises.registration.billing;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One registration billed on a document (negative amounts on a credit note). */
@Entity
@Table(name = "billing_line")
@IdClass(BillingLine.Key.class)
public class BillingLine {

    @Id
    @ManyToOne
    @JoinColumn(name = "document_id")
    public BillingDocument document;
    @Id
    public int position;
    @Column(name = "registration_id")
    public UUID registrationId;
    public String category;
    public String label;
    @Column(name = "net_cents")
    public long netCents;
    @Column(name = "vat_cents")
    public long vatCents;
    @Column(name = "total_cents")
    public long totalCents;

    public static class Key implements Serializable {
        public UUID document;
        public int position;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(document, k.document) && position == k.position;
        }

        @Override
        public int hashCode() {
            return Objects.hash(document, position);
        }
    }
}
