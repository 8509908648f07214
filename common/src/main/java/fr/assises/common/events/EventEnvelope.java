package fr.assises.common.events;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.UUID;

/**
 * A CloudEvents 1.0 event as it travels on every topic: context attributes plus the JSON {@code data}.
 * The {@code id} is the de-duplication key and the {@code subject} the aggregate id (also the record key).
 */
public record EventEnvelope(UUID id, String type, URI source, String subject, OffsetDateTime time, String data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String DATA_CONTENT_TYPE = "application/json";

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(data, "data");
    }
}
