package fr.assises.registration.billing;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who pays a registration: {@code PARTICIPANT} (the person themself, nothing else asked) or {@code ORGANISATION}
 * (their employer or another body: name, SIRET, billing address and contact e-mail required; order number, the
 * public buyer's « engagement juridique », and service code when it has them).
 */
public record PayerRequest(
        @NotBlank @Pattern(regexp = "PARTICIPANT|ORGANISATION", message = "payeur : PARTICIPANT ou ORGANISATION") String kind,
        @Size(max = 200) String name,
        @Size(max = 30) String siret,
        @Size(max = 300) String address,
        @Size(max = 10) String postcode,
        @Size(max = 100) String city,
        @Email @Size(max = 254) String email,
        @Size(max = 50) String orderNumber,
        @Size(max = 100) String serviceCode) {

    public static final String PARTICIPANT = "PARTICIPANT";
    public static final String ORGANISATION = "ORGANISATION";

    public boolean organisation() {
        return ORGANISATION.equals(kind);
    }
}
