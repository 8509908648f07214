package fr.assises.programme.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * {@code fr.assises.programme.session.changed.v1}: a released session's whole state. Only released states
 * leave the service; {@code version} grows with every release that changed the session.
 */
public record SessionChangedData(
        @NotNull UUID sessionId,
        @NotNull UUID congressId,
        @NotBlank String kind,
        @NotBlank String title,
        @NotBlank String halfDayCode,
        @NotNull OffsetDateTime start,
        @NotNull OffsetDateTime end,
        UUID roomId,
        String roomName,
        Integer capacity,
        UUID seriesId,
        @NotNull List<String> themes,
        @NotBlank String status,
        @Positive long version) {
}
