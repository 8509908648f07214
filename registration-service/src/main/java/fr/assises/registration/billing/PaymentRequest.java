package fr.assises.registration.billing;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A payment received: means, its reference (a transfer's is required), the day it arrived, the amount. */
public record PaymentRequest(
        @NotBlank @Pattern(regexp = "TRANSFER|MANDATE|CHEQUE|ON_SITE",
                message = "moyen de paiement : virement, mandat administratif, chèque ou sur place") String means,
        @Size(max = 100) String reference,
        @NotNull LocalDate paidOn,
        @NotNull @Positive(message = "le montant est positif") Long amountCents) {
}
