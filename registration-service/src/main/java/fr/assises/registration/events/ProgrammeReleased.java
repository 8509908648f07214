package fr.assises.registration.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Data of {@code fr.assises.programme.released.v1}. */
public record ProgrammeReleased(UUID congressId, int release, OffsetDateTime publishedAt, List<UUID> sessionIds,
        long version) {
}
