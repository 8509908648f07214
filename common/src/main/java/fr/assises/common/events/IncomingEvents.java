package fr.assises.common.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads incoming Kafka records into typed events. Anything unreadable raises {@link MalformedEventException},
 * which nacks the message so that the channel's {@code dead-letter-queue} failure strategy moves it aside.
 */
@ApplicationScoped
public class IncomingEvents {

    @Inject
    ObjectMapper objectMapper;

    public <T> ReceivedEvent<T> read(ConsumerRecord<String, String> record, Class<T> dataType) {
        EventEnvelope envelope = KafkaCloudEvents.fromRecord(record);
        return new ReceivedEvent<>(envelope, data(envelope, dataType));
    }

    /** The envelope alone, for consumers that dispatch on {@code type} before reading the data. */
    public EventEnvelope envelope(ConsumerRecord<String, String> record) {
        return KafkaCloudEvents.fromRecord(record);
    }

    public <T> T data(EventEnvelope envelope, Class<T> dataType) {
        try {
            T data = objectMapper.readValue(envelope.data(), dataType);
            if (data == null) {
                throw new MalformedEventException("event " + envelope.id() + " has null data");
            }
            return data;
        } catch (JsonProcessingException e) {
            throw new MalformedEventException("event " + envelope.id() + " of type " + envelope.type()
                    + " has unreadable data: " + e.getOriginalMessage(), e);
        }
    }
}
