package fr.assises.registration.billing;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who pays one registration. Organisation or personal data: erased with the registration, never in events. */
@Entity
@Table(name = "registration_payer")
public class Payer {

    @Id
    @Column(name = "registration_id")
    public UUID registrationId;
    @Column(name = "congress_id")
    public UUID congressId;
    public String kind;
    public String name;
    public String siret;
    public String address;
    public String postcode;
    public String city;
    public String email;
    @Column(name = "order_number")
    public String orderNumber;
    @Column(name = "service_code")
    public String serviceCode;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean organisation() {
        return PayerRequest.ORGANISATION.equals(kind);
    }

    public PayerView view() {
        return new PayerView(kind, name, siret, address, postcode, city, email, orderNumber, serviceCode);
    }

    /** The payer as shown to its participant and the committee. */
    public record PayerView(String kind, String name, String siret, String address, String postcode, String city,
            String email, String orderNumber, String serviceCode) {
    }
}
