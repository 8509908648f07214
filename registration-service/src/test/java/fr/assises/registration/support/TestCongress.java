package fr.assises.registration.support;

import static io.restassured.RestAssured.given;
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

import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.ProducerRecord;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import fr.assises.common.test.KafkaTestResource;
import fr.assises.common.test.TestTokens;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/**
 * A fresh congress for one test: programme events sent through the real Kafka consumer, then registration
 * settings set by an organiser over HTTP.
 */
public final class TestCongress {

    public static final LocalDate DAY1 = LocalDate.of(2027, 6, 24);
    public static final LocalDate DAY2 = LocalDate.of(2027, 6, 25);
    public static final String PRIVACY = "2026-11";
    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    public final UUID id = UUID.randomUUID();
    public final UUID slot1 = UUID.randomUUID();
    public final UUID slot2 = UUID.randomUUID();
    public final List<UUID> slot1Workshops = new ArrayList<>();
    public final List<UUID> slot2Workshops = new ArrayList<>();
    public final UUID lunch1 = UUID.randomUUID();
    public final UUID lunch2 = UUID.randomUUID();
    public final UUID plenary = UUID.randomUUID();
    public final String organiser = TestTokens.organiser();

    private int total = 500;
    private int workshopsPerSlot = 3;
    private int workshopCapacity = 25;
    private int mealCapacity = 400;
    private int offerHours = 0;
    private Integer eluQuota;
    private Integer retentionDays = 365;
    private OffsetDateTime opensAt = OffsetDateTime.now(ZoneOffset.UTC).minusDays(1);
    private OffsetDateTime closesAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(30);
    private OffsetDateTime freezeAt = OffsetDateTime.now(ZoneOffset.UTC).plusDays(20);

    public TestCongress total(int value) {
        total = value;
        return this;
    }

    public TestCongress workshops(int perSlot, int capacity) {
        workshopsPerSlot = perSlot;
        workshopCapacity = capacity;
        return this;
    }

    public TestCongress meals(int capacity) {
        mealCapacity = capacity;
        return this;
    }

    public TestCongress offerHours(int hours) {
        offerHours = hours;
        return this;
    }

    /** The congress's own retention period in days; null leaves it to the service's default. */
    public TestCongress retentionDays(Integer days) {
        retentionDays = days;
        return this;
    }

    public TestCongress eluQuota(Integer quota) {
        eluQuota = quota;
        return this;
    }

    public TestCongress window(OffsetDateTime opens, OffsetDateTime closes) {
        opensAt = opens;
        closesAt = closes;
        return this;
    }

    public TestCongress freezeAt(OffsetDateTime value) {
        freezeAt = value;
        return this;
    }

    public int total() {
        return total;
    }

    /** Publishes the programme, waits for the projection and sets the registration settings. */
    public TestCongress create() {
        publish();
        await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organiser)
                .contentType(ContentType.JSON).body(settings())
                .put("/api/registration/congresses/{id}/settings", id).statusCode() == 200);
        int expectedWorkshops = workshopsPerSlot * 2;
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = given().get("/api/registration/congresses/{id}/availability", id);
            return response.statusCode() == 200
                    && response.jsonPath().getList("workshops").size() == expectedWorkshops
                    && response.jsonPath().getList("meals").size() == 2;
        });
        // the plenary too: its event, keyed by its own id, may come after the workshops' and meals' (another
        // partition), and a session arriving after the first registrations renews the congress's stamp
        long sessions = expectedWorkshops + 3L;
        await().atMost(Duration.ofSeconds(30)).until(() -> QuarkusTransaction.requiringNew().call(() -> Arc.container()
                .instance(EntityManager.class).get()
                .createQuery("select count(s) from ProgrammeSession s where s.congressId = ?1", Long.class)
                .setParameter(1, id).getSingleResult() == sessions));
        return this;
    }

    /** Only the programme events, as programme-service would send them; no registration settings. */
    public TestCongress publish() {
        List<ProducerRecord<String, String>> records = new ArrayList<>();
        records.add(record("fr.assises.programme.congress.changed.v1", id, congressData(1)));
        for (int i = 0; i < workshopsPerSlot; i++) {
            UUID w1 = UUID.randomUUID();
            UUID w2 = UUID.randomUUID();
            slot1Workshops.add(w1);
            slot2Workshops.add(w2);
            records.add(record("fr.assises.programme.session.changed.v1", w1,
                    session(w1, "WORKSHOP", "Atelier A" + (i + 1), "J1-AM", DAY1, 10, workshopCapacity, slot1, 1)));
            records.add(record("fr.assises.programme.session.changed.v1", w2,
                    session(w2, "WORKSHOP", "Atelier B" + (i + 1), "J1-PM", DAY1, 14, workshopCapacity, slot2, 1)));
        }
        records.add(record("fr.assises.programme.session.changed.v1", lunch1,
                session(lunch1, "MEAL", "Déjeuner du 24 juin", "J1-AM", DAY1, 12, mealCapacity, null, 1)));
        records.add(record("fr.assises.programme.session.changed.v1", lunch2,
                session(lunch2, "MEAL", "Déjeuner du 25 juin", "J2-AM", DAY2, 12, mealCapacity, null, 1)));
        records.add(record("fr.assises.programme.session.changed.v1", plenary,
                session(plenary, "PLENARY", "Plénière d'ouverture", "J1-AM", DAY1, 9, 500, null, 1)));
        produce(records);
        return this;
    }

    public String slug() {
        return "congres-test-" + id.toString().substring(0, 8);
    }

    public Map<String, Object> settings() {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("opensAt", opensAt.toString());
        s.put("closesAt", closesAt.toString());
        s.put("totalCapacity", total);
        s.put("freezeAt", freezeAt == null ? null : freezeAt.toString());
        s.put("offerHours", offerHours);
        s.put("privacyNoticeVersion", PRIVACY);
        s.put("retentionDays", retentionDays);
        List<Map<String, Object>> categories = new ArrayList<>();
        categories.add(category("PROFESSIONNEL", "Professionnel", "Professional", 18000, null));
        categories.add(category("ELU", "Élu", "Elected official", 12000, eluQuota));
        categories.add(category("ETUDIANT", "Étudiant ou demandeur d'emploi", "Student or job-seeker", 4000, null));
        categories.add(category("INTERVENANT", "Intervenant", "Speaker", 0, null));
        categories.add(category("PARTENAIRE", "Partenaire", "Partner", 0, null));
        s.put("categories", categories);
        s.put("information", Map.of("organisation", "REQUIRED", "territoryType", "REQUIRED", "jobTitle", "OPTIONAL",
                "statutoryCategory", "OPTIONAL", "accessibilityNeeds", "OPTIONAL", "dietaryNeeds", "OPTIONAL"));
        return s;
    }

    private static Map<String, Object> category(String code, String fr, String en, long fee, Integer quota) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("code", code);
        c.put("labelFr", fr);
        c.put("labelEn", en);
        c.put("feeCents", fee);
        c.put("quota", quota);
        return c;
    }

    /** A valid registration body: both days, lunch of day 1, the given workshop choices in slot 1. */
    public Map<String, Object> registration(String category, UUID first, UUID second) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("days", List.of(DAY1.toString(), DAY2.toString()));
        body.put("meals", List.of(lunch1.toString()));
        List<Map<String, Object>> workshops = new ArrayList<>();
        if (first != null) {
            Map<String, Object> choice = new LinkedHashMap<>();
            choice.put("sessionId", first.toString());
            choice.put("secondChoiceSessionId", second == null ? null : second.toString());
            workshops.add(choice);
        }
        body.put("workshops", workshops);
        body.put("category", category);
        body.put("person", person("Camille", "Martin-" + UUID.randomUUID().toString().substring(0, 6)));
        body.put("consent", Map.of("accepted", true, "version", PRIVACY));
        body.put("language", "fr");
        return body;
    }

    public Map<String, Object> registration() {
        return registration("PROFESSIONNEL", slot1Workshops.get(0), slot1Workshops.get(1));
    }

    public static Map<String, Object> person(String first, String last) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("firstName", first);
        p.put("lastName", last);
        p.put("email", (first + "." + last).toLowerCase().replaceAll("[^a-z0-9.-]", "") + "@exemple.test");
        p.put("organisation", "Communauté de communes du Val d'Essai");
        p.put("territoryType", "INTERCOMMUNALITE");
        p.put("jobTitle", "Chargée de développement");
        p.put("statutoryCategory", "A");
        p.put("dietaryNeeds", "végétarien");
        return p;
    }

    public void sessionCapacity(UUID sessionId, String kind, UUID series, int capacity, long version) {
        boolean slot2Session = slot2Workshops.contains(sessionId);
        produce(List.of(record("fr.assises.programme.session.changed.v1", sessionId,
                session(sessionId, kind, "Atelier modifié", slot2Session ? "J1-PM" : "J1-AM", DAY1,
                        slot2Session ? 14 : 10, capacity, series, version))));
    }

    public Map<String, Object> congressData(long version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("congressId", id.toString());
        d.put("slug", slug());
        d.put("title", "Congrès d'essai");
        d.put("startDate", DAY1.toString());
        d.put("endDate", DAY2.toString());
        d.put("timeZone", "Europe/Paris");
        d.put("venue", "Centre des congrès d'Essai-sur-Loire");
        d.put("halfDays", List.of(
                Map.of("code", "J1-AM", "date", DAY1.toString(), "period", "MORNING",
                        "start", "2027-06-24T09:00:00+02:00", "end", "2027-06-24T12:30:00+02:00"),
                Map.of("code", "J1-PM", "date", DAY1.toString(), "period", "AFTERNOON",
                        "start", "2027-06-24T14:00:00+02:00", "end", "2027-06-24T17:30:00+02:00")));
        d.put("status", "OPEN");
        d.put("version", version);
        return d;
    }

    public Map<String, Object> session(UUID sessionId, String kind, String title, String halfDay, LocalDate day,
            int hour, Integer capacity, UUID series, long version) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("sessionId", sessionId.toString());
        d.put("congressId", id.toString());
        d.put("kind", kind);
        d.put("title", title);
        d.put("halfDayCode", halfDay);
        d.put("start", day.atTime(hour, 0).atOffset(ZoneOffset.ofHours(2)).toString());
        d.put("end", day.atTime(hour + 1, 30).atOffset(ZoneOffset.ofHours(2)).toString());
        d.put("roomId", UUID.randomUUID().toString());
        d.put("roomName", "Salle " + title);
        d.put("capacity", capacity);
        d.put("seriesId", series == null ? null : series.toString());
        d.put("themes", List.of("coopération"));
        d.put("status", "SCHEDULED");
        d.put("version", version);
        return d;
    }

    public static ProducerRecord<String, String> record(String type, UUID subject, Object data) {
        try {
            String json = data instanceof String s ? s : JSON.writeValueAsString(data);
            return KafkaCloudEvents.toRecord(Topics.PROGRAMME, new EventEnvelope(UUID.randomUUID(), type,
                    URI.create("/assises/programme-service"), subject.toString(),
                    OffsetDateTime.now(ZoneOffset.UTC), json));
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
