package fr.assises.evaluation.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code fr.assises.programme.session.changed.v1}: a released session, only the fields this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionChangedData(UUID sessionId, UUID congressId, String kind, String title, String halfDayCode,
        OffsetDateTime start, OffsetDateTime end, String roomName, String status, long version) {
}
