package fr.assises.budget.budget;

import java.math.BigDecimal;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A budget line as a client sends it. The unit amount is {@code amount} in euros ("1234.56", at most two
 * decimals) or {@code amountCents}; {@code fte} is a fraction ("3/5") or a decimal ("0.6").
 */
public record LineRequest(
        @NotBlank @Size(max = 10) String account,
        @NotBlank @Size(max = 200) String label,
        @NotNull Driver driver,
        Basis basis,
        BigDecimal amount,
        Long amountCents,
        String currency,
        @Min(0) @Max(100_000) Long quantity,
        Boolean perRoom,
        @Size(max = 40) String category,
        UUID sessionId,
        @Pattern(regexp = "\\d{1,3}(/\\d{1,3}|[.,]\\d{1,3})?", message = "fraction d'ETP invalide (ex. 3/5 ou 0,6)") String fte,
        @Min(1) @Max(120) Integer months,
        UUID funderId) {
}
