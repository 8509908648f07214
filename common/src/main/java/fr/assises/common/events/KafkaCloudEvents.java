package fr.assises.common.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents Kafka protocol binding, binary content mode: context attributes in {@code ce_*} headers,
 * {@code data} as the record value. SmallRye Reactive Messaging reads this mode natively
 * ({@code IncomingKafkaCloudEventMetadata}), so consumers outside this code base understand our records too.
 */
public final class KafkaCloudEvents {

    public static final String SPEC_VERSION = "ce_specversion";
    public static final String ID = "ce_id";
    public static final String TYPE = "ce_type";
    public static final String SOURCE = "ce_source";
    public static final String SUBJECT = "ce_subject";
    public static final String TIME = "ce_time";
    public static final String CONTENT_TYPE = "content-type";

    private KafkaCloudEvents() {
    }

    /** The record for an envelope; the key is the subject so one aggregate's events stay in one partition. */
    public static ProducerRecord<String, String> toRecord(String topic, EventEnvelope event) {
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, event.subject(), event.data());
        Headers headers = record.headers();
        put(headers, SPEC_VERSION, EventEnvelope.SPEC_VERSION);
        put(headers, ID, event.id().toString());
        put(headers, TYPE, event.type());
        put(headers, SOURCE, event.source().toString());
        put(headers, SUBJECT, event.subject());
        put(headers, TIME, event.time().toString());
        put(headers, CONTENT_TYPE, EventEnvelope.DATA_CONTENT_TYPE);
        return record;
    }

    /** Reads an envelope back, or throws {@link MalformedEventException} naming what is wrong. */
    public static EventEnvelope fromRecord(ConsumerRecord<String, String> record) {
        Headers headers = record.headers();
        String specVersion = get(headers, SPEC_VERSION);
        if (!EventEnvelope.SPEC_VERSION.equals(specVersion)) {
            throw new MalformedEventException("not a CloudEvents 1.0 record (ce_specversion=" + specVersion + ")");
        }
        if (record.value() == null || record.value().isBlank()) {
            throw new MalformedEventException("record without data");
        }
        try {
            return new EventEnvelope(
                    UUID.fromString(require(headers, ID)),
                    require(headers, TYPE),
                    URI.create(require(headers, SOURCE)),
                    require(headers, SUBJECT),
                    OffsetDateTime.parse(require(headers, TIME)),
                    record.value());
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEventException("invalid CloudEvents attribute: " + e.getMessage(), e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }

    private static String require(Headers headers, String name) {
        String value = get(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing header " + name);
        }
        return value;
    }

    private static String get(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
