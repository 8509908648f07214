package fr.assises.evaluation.events;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code fr.assises.programme.released.v1}: the sessions of the latest released programme. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReleasedData(UUID congressId, int release, OffsetDateTime publishedAt, List<UUID> sessionIds,
        long version) {
}
