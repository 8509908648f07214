package fr.assises.budget.actuals;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import fr.assises.common.test.KafkaTestResource;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** Registration events shaped as in the brief's contract, produced with CloudEvents binary headers. */
public final class RegistrationEvents {

    private static final ObjectMapper JSON = new ObjectMapper();

    private RegistrationEvents() {
    }

    public static KafkaCompanion companion() {
        KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers());
        companion.registerSerde(String.class, Serdes.String());
        return companion;
    }

    /** {@code meals}: sessionId to status. */
    public static Map<String, Object> data(UUID registrationId, UUID congressId, String status, String category,
            long feeCents, Map<UUID, String> meals, long version) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrationId", registrationId.toString());
        data.put("congressId", congressId.toString());
        data.put("participantId", UUID.randomUUID().toString());
        data.put("status", status);
        data.put("category", category);
        data.put("feeCents", feeCents);
        data.put("days", List.of("2027-06-24", "2027-06-25"));
        List<Map<String, Object>> mealList = new ArrayList<>();
        meals.forEach((session, mealStatus) -> mealList.add(Map.of("sessionId", session.toString(), "status", mealStatus)));
        data.put("meals", mealList);
        data.put("workshops", List.of());
        data.put("checkedInAt", null);
        data.put("language", "fr");
        data.put("version", version);
        return data;
    }

    public static ProducerRecord<String, String> record(String type, Map<String, Object> data) {
        return record(type, (String) data.get("registrationId"), write(data));
    }

    public static ProducerRecord<String, String> record(String type, String subject, String json) {
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, URI.create("/assises/registration-service"),
                subject, OffsetDateTime.now(), json);
        return KafkaCloudEvents.toRecord(Topics.REGISTRATION, envelope);
    }

    public static String write(Object data) {
        try {
            return JSON.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
