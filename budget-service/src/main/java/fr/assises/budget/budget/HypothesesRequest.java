package fr.assises.budget.budget;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Hypotheses as a client sends them. No fee: the categories' fees are registration-service's (a typed one is refused);
 * days and half-days are programme-service's once it has published the congress's half-days (required until then).
 */
public record HypothesesRequest(
        @NotNull @Min(0) @Max(100_000) Integer participants,
        @Min(1) @Max(30) Integer days,
        @Min(0) @Max(60) Integer halfDays,
        @Min(0) @Max(500) Integer rooms,
        @Min(0) @Max(10_000) Integer speakers,
        @Valid @Size(max = 30) List<@NotNull @Valid Category> categories,
        @Valid @Size(max = 60) List<@NotNull @Valid Meal> meals,
        @Valid @Size(max = 10) List<@NotNull @Valid ScenarioRequest> scenarios) {

    public record Category(
            @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "code de catégorie invalide (majuscules)") String code,
            BigDecimal fee,
            Long feeCents,
            String currency,
            @NotNull @Min(0) @Max(100) Integer percent) {
    }

    /** {@code label} is needed only until the programme published its meals (then the session's title is used). */
    public record Meal(@NotNull UUID sessionId, @Size(max = 200) String label, @Min(0) @Max(100) Integer percent) {
    }

    public record ScenarioRequest(@NotBlank @Size(max = 100) String name, @NotNull @Min(0) @Max(100_000) Integer participants) {
    }
}
