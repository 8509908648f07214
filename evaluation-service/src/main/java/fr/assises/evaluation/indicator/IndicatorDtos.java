package fr.assises.evaluation.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/** Requests and views of the indicators. */
public final class IndicatorDtos {

    private IndicatorDtos() {
    }

    /**
     * A new indicator. {@code questionnaireId}, {@code questionId} and {@code satisfiedValues} are for the
     * SURVEY_QUESTION source only; {@code manualValue} for MANUAL only.
     */
    public record IndicatorRequest(@NotBlank @Size(max = 200) String label, @NotNull Indicator.Source source,
            @NotNull @DecimalMin("0") BigDecimal target, @Size(max = 40) String unit, UUID questionnaireId,
            @Size(max = 60) String questionId, @Size(max = 20) List<@NotBlank @Size(max = 60) String> satisfiedValues,
            @DecimalMin("0") BigDecimal manualValue, LocalDate dueDate, Integer position) {
    }

    public record ManualValue(@NotNull @DecimalMin("0") BigDecimal value) {
    }

    /** Status: ATTEINT when the value reaches the target, NON_ATTEINT below it, EN_ATTENTE without a value yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorView(UUID id, UUID congressId, String label, String source, BigDecimal target, String unit,
            BigDecimal value, String status, String explanation, UUID questionnaireId, String questionId,
            List<String> satisfiedValues, LocalDate dueDate, int position) {
    }
}
