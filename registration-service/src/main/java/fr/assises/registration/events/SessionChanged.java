package fr.assises.registration.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/** Data of {@code fr.assises.programme.session.changed.v1} (published programme only). */
public record SessionChanged(
        @NotNull UUID sessionId,
        @NotNull UUID congressId,
        String kind,
        String title,
        String halfDayCode,
        OffsetDateTime start,
        OffsetDateTime end,
        UUID roomId,
        String roomName,
        Integer capacity,
        UUID seriesId,
        List<String> themes,
        String status,
        long version) {
}
