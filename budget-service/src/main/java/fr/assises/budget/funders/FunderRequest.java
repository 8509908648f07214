package fr.assises.budget.funders;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A funder and its commitment; amounts in euros or cents. */
public record FunderRequest(
        @NotNull FunderType type,
        @NotBlank @Size(max = 200) String name,
        @Size(max = 200) String agency,
        CommitmentStatus status,
        BigDecimal requested,
        Long requestedCents,
        BigDecimal granted,
        Long grantedCents,
        BigDecimal paid,
        Long paidCents,
        String currency,
        LocalDate requestedOn,
        LocalDate grantedOn,
        LocalDate paidOn,
        @Size(max = 2000) String conditions) {
}
