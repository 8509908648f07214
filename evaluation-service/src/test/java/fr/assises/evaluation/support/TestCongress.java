package fr.assises.evaluation.support;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import fr.assises.common.test.KafkaTestResource;
import fr.assises.evaluation.projection.ProjectionService;
import io.quarkus.arc.Arc;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A fresh congress for one test, sent through the real Kafka consumers: the congress, a plenary, two workshops,
 * a lunch and the release; then registrations as registration-service would publish them.
 */
public final class TestCongress {

    public static final LocalDate DAY1 = LocalDate.of(2027, 6, 24);
    public static final LocalDate DAY2 = LocalDate.of(2027, 6, 25);
    static final ObjectMapper JSON = new ObjectMapper();

    public final UUID id = UUID.randomUUID();
    public final UUID plenary = UUID.randomUUID();
    public final UUID workshopA = UUID.randomUUID();
    public final UUID workshopB = UUID.randomUUID();
    public final UUID lunch = UUID.randomUUID();
    public final UUID closing = UUID.randomUUID();

    /** Publishes the programme and waits until the evaluation knows the congress and its released sessions. */
    public TestCongress create() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.add(programme("fr.assises.programme.congress.changed.v1", id, congressData(1)));
        records.add(programme("fr.assises.programme.session.changed.v1", plenary,
                session(plenary, "PLENARY", "Plénière d'ouverture", DAY1, 9, 1)));
        records.add(programme("fr.assises.programme.session.changed.v1", workshopA,
                session(workshopA, "WORKSHOP", "Atelier coopération", DAY1, 14, 1)));
        records.add(programme("fr.assises.programme.session.changed.v1", workshopB,
                session(workshopB, "WORKSHOP", "Atelier ingénierie", DAY1, 14, 1)));
        records.add(programme("fr.assises.programme.session.changed.v1", lunch,
                session(lunch, "MEAL", "Déjeuner du 24 juin", DAY1, 12, 1)));
        records.add(programme("fr.assises.programme.session.changed.v1", closing,
                session(closing, "CLOSING", "Clôture", DAY2, 16, 1)));
        records.add(programme("fr.assises.programme.released.v1", id, released(1)));
        produce(records);
        await().atMost(Duration.ofSeconds(30)).until(() -> projections().congress(id).isPresent()
                && projections().sessionsOf(id).size() == 5);
        return this;
    }

    public static ProjectionService projections() {
        return Arc.container().instance(ProjectionService.class).get();
    }

    /** A checked-in registration on day 1 only, with workshop A and the lunch confirmed; returns its id. */
    public UUID checkIn(String participantId, String category) {
        UUID registrationId = UUID.randomUUID();
        produce(List.of(registration("fr.assises.registration.checked-in.v1", registrationData(registrationId,
                participantId, category, "CONFIRMED", List.of(DAY1), workshopA, OffsetDateTime.now(), 2))));
        awaitCheckedIn(participantId);
        return registrationId;
    }

    public void awaitCheckedIn(String participantId) {
        await().atMost(Duration.ofSeconds(30)).until(() -> projections().eligible(id, participantId).isPresent());
    }

    public Map<String, Object> congressData(long version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("congressId", id.toString());
        d.put("slug", "congres-test-" + id.toString().substring(0, 8));
        d.put("title", "Congrès d'essai");
        d.put("startDate", DAY1.toString());
        d.put("endDate", DAY2.toString());
        d.put("timeZone", "Europe/Paris");
        d.put("venue", "Centre des congrès d'Essai-sur-Loire");
        d.put("halfDays", List.of(Map.of("code", "J1-AM", "date", DAY1.toString(), "period", "MORNING",
                "start", "2027-06-24T09:00:00+02:00", "end", "2027-06-24T12:30:00+02:00")));
        d.put("status", "OPEN");
        d.put("version", version);
        return d;
    }

    public Map<String, Object> session(UUID sessionId, String kind, String title, LocalDate day, int hour,
            long version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sessionId", sessionId.toString());
        d.put("congressId", id.toString());
        d.put("kind", kind);
        d.put("title", title);
        d.put("halfDayCode", day.equals(DAY1) ? "J1-AM" : "J2-PM");
        d.put("start", day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(2)).toString());
        d.put("end", day.atTime(hour + 1, 30).atOffset(ZoneOffset.ofHours(2)).toString());
        d.put("roomId", UUID.randomUUID().toString());
        d.put("roomName", "Salle " + title);
        d.put("capacity", 100);
        d.put("seriesId", null);
        d.put("themes", List.of("coopération"));
        d.put("status", "SCHEDULED");
        d.put("version", version);
        return d;
    }

    public Map<String, Object> released(long version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("congressId", id.toString());
        d.put("release", (int) version);
        d.put("publishedAt", OffsetDateTime.now(ZoneOffset.UTC).toString());
        d.put("sessionIds", List.of(plenary.toString(), workshopA.toString(), workshopB.toString(), lunch.toString(),
                closing.toString()));
        d.put("version", version);
        return d;
    }

    public Map<String, Object> registrationData(UUID registrationId, String participantId, String category,
            String status, List<LocalDate> days, UUID workshop, OffsetDateTime checkedInAt, long version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("registrationId", registrationId.toString());
        d.put("congressId", id.toString());
        d.put("participantId", participantId);
        d.put("status", status);
        d.put("category", category);
        d.put("feeCents", 12000);
        d.put("days", days.stream().map(LocalDate::toString).toList());
        d.put("meals", List.of(Map.of("sessionId", lunch.toString(), "status", "CONFIRMED")));
        d.put("workshops", workshop == null ? List.of()
                : List.of(Map.of("sessionId", workshop.toString(), "rank", 1, "status", "CONFIRMED")));
        d.put("checkedInAt", checkedInAt == null ? null : checkedInAt.toString());
        d.put("language", "fr");
        d.put("version", version);
        return d;
    }

    public static ProducerRecord<String, String> programme(String type, UUID subject, Object data) {
        return record(Topics.PROGRAMME, "/assises/programme-service", type, subject.toString(), data);
    }

    public static ProducerRecord<String, String> registration(String type, Map<String, Object> data) {
        return record(Topics.REGISTRATION, "/assises/registration-service", type,
                (String) data.get("registrationId"), data);
    }

    public static ProducerRecord<String, String> record(String topic, String source, String type, String subject,
            Object data) {
        try {
            String json = data instanceof String s ? s : JSON.writeValueAsString(data);
            return KafkaCloudEvents.toRecord(topic, new EventEnvelope(UUID.randomUUID(), type, URI.create(source),
                    subject, OffsetDateTime.now(ZoneOffset.UTC), json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static void produce(List<ProducerRecord<String, String>> records) {
        try (KafkaCompanion companion = new KafkaCompanion(KafkaTestResource.bootstrapServers())) {
            companion.produceStrings().fromRecords(records).awaitCompletion(Duration.ofSeconds(20));
        }
    }
}
