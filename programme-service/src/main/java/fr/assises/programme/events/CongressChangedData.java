package fr.assises.programme.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** {@code fr.assises.programme.congress.changed.v1}: a congress' whole public state. */
public record CongressChangedData(
        @NotNull UUID congressId,
        @NotBlank String slug,
        @NotBlank String title,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        @NotBlank String timeZone,
        @NotBlank String venue,
        @NotNull List<@Valid HalfDayData> halfDays,
        @NotBlank String status,
        @PositiveOrZero long version) {

    public record HalfDayData(@NotBlank String code, @NotNull LocalDate date, @NotBlank String period,
            @NotNull OffsetDateTime start, @NotNull OffsetDateTime end) {
    }
}
