package fr.assises.registration.events;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

/**
 * Data of every {@code fr.assises.registration.*.v1} event: the registration's whole state, pseudonymous
 * (no name, e-mail or free text).
 */
public record RegistrationEventData(
        @NotNull UUID registrationId,
        @NotNull UUID congressId,
        @NotNull String participantId,
        @NotNull String status,
        @NotNull String category,
        long feeCents,
        List<LocalDate> days,
        List<Meal> meals,
        List<Workshop> workshops,
        OffsetDateTime checkedInAt,
        String language,
        long version) {

    public record Meal(UUID sessionId, String status) {
    }

    public record Workshop(UUID sessionId, int rank, String status) {
    }
}
