package fr.assises.programme.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** {@code fr.assises.programme.released.v1}: release number {@code release} is public; version = release. */
public record ReleasedData(
        @NotNull UUID congressId,
        @Positive int release,
        @NotNull OffsetDateTime publishedAt,
        @NotNull List<UUID> sessionIds,
        @Positive long version) {
}
