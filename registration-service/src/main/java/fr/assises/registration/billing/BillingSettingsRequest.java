package fr.assises.registration.billing;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The issuer's identity and mentions. Either {@code vatRate} (percent, « 20 » or « 5,5 » sent as a number) or
 * {@code vatExemption} (« TVA non applicable, art. 293 B du CGI »); without {@code lateMentions} the legal default
 * is printed. Payment terms of 60 days at most (Code de commerce, L441-10).
 */
public record BillingSettingsRequest(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 30) String siret,
        @NotBlank @Size(max = 500) String address,
        @DecimalMin("0") @DecimalMax("100") BigDecimal vatRate,
        @Size(max = 300) String vatExemption,
        @NotNull @Min(0) @Max(60) Integer paymentDays,
        @Size(max = 1000) String lateMentions,
        @Size(max = 42) String iban,
        @Size(max = 11) String bic) {

    /** What an invoice prints when the committee wrote no mention of its own (L441-10 and D441-5). */
    public static final String DEFAULT_LATE_MENTIONS = "En cas de retard de paiement, des pénalités sont dues au taux "
            + "d’intérêt appliqué par la Banque centrale européenne à son opération de refinancement la plus récente "
            + "majoré de 10 points, ainsi qu’une indemnité forfaitaire pour frais de recouvrement de 40 € "
            + "(art. L441-10 et D441-5 du Code de commerce). Pas d’escompte pour paiement anticipé.";
}
