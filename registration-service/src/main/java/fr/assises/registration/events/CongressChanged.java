package fr.assises.registration.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Data of {@code fr.assises.programme.congress.changed.v1}. */
public record CongressChanged(
        @NotNull UUID congressId,
        String slug,
        String title,
        @NotNull LocalDate startDate,
        @NotNull LocalDate endDate,
        String timeZone,
        String venue,
        List<HalfDay> halfDays,
        String status,
        long version) {

    public record HalfDay(String code, LocalDate date, String period, OffsetDateTime start, OffsetDateTime end) {
    }
}
