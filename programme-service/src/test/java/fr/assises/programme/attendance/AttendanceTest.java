package fr.assises.programme.attendance;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.session;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;
import fr.assises.common.events.Topics;
import fr.assises.common.inbox.Inbox;
import fr.assises.common.test.KafkaTestResource;
import fr.assises.common.test.PostgresTestResource;
import fr.assises.common.test.TestTokens;
import fr.assises.programme.attendance.AttendanceRepository.Counts;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** registration-events through the real consumer: attendance, fill rates, swaps, duplicates, stale events. */
@QuarkusTest
class AttendanceTest {

    private static final Path REGISTRATION_EXAMPLES = Path.of("../registration-service/events/examples");

    @Inject
    ObjectMapper json;

    @Inject
    AttendanceRepository attendance;

    @Inject
    Inbox inbox;

    private KafkaCompanion companion;

    @BeforeEach
    void connect() {
        companion = new KafkaCompanion(KafkaTestResource.bootstrapServers());
    }

    @AfterEach
    void close() {
        companion.close();
    }

    @Test
    void registrationsGiveExpectedAttendanceFillRatesConflictsAndRoomSwaps() throws Exception {
        String congress = createCongress();
        String small = createRoom(congress, "Petite salle", 2);
        String large = createRoom(congress, "Grande salle", 10);
        String crowded = createSession(congress, session("WORKSHOP", "Atelier prisé", d1("14:00"), d1("15:30"), small));
        String quiet = createSession(congress, session("WORKSHOP", "Atelier calme", d1("14:00"), d1("15:30"), large));
        String meal = createSession(congress, session("MEAL", "Déjeuner", d1("12:00"), d1("12:30"), null));

        String r1 = UUID.randomUUID().toString();
        String r2 = UUID.randomUUID().toString();
        String r3 = UUID.randomUUID().toString();
        send(registration(r1, congress, "CONFIRMED", 1, List.of(crowded), List.of(meal)));
        send(registration(r2, congress, "CONFIRMED", 1, List.of(crowded), List.of(meal)));
        send(registration(r3, congress, "CONFIRMED", 1, List.of(crowded), List.of()));

        JsonPath view = awaitExpected(congress, crowded, 3);
        assertThat(view.getInt(row(crowded) + ".capacity")).isEqualTo(2);
        assertThat(view.getString(row(crowded) + ".fillRate")).isEqualTo("1.5");
        assertThat(view.getInt(row(meal) + ".expected")).isEqualTo(2);
        assertThat(view.getInt(row(quiet) + ".expected")).isZero();
        assertThat(view.getList("roomSwaps.sessionId")).containsExactly(crowded);
        assertThat(view.getString("roomSwaps[0].suggestedRoomId")).isEqualTo(large);
        assertThat(view.getString("roomSwaps[0].swapWithSessionId")).isEqualTo(quiet);

        organiser().when().get(BASE + "/" + congress + "/conflicts").then().statusCode(200)
                .body("findAll { it.code == 'ATTENDANCE_ABOVE_CAPACITY' }.severity", hasItem("WARNING"))
                .body("findAll { it.code == 'ATTENDANCE_ABOVE_CAPACITY' }.sessionIds.flatten()", hasItem(crowded));

        // r3 moves to the quiet workshop: the crowded one fits again
        send(registration(r3, congress, "CONFIRMED", 2, List.of(quiet), List.of()));
        view = awaitExpected(congress, quiet, 1);
        assertThat(view.getInt(row(crowded) + ".expected")).isEqualTo(2);
        assertThat(view.getList("roomSwaps")).isEmpty();
    }

    @Test
    void duplicatesAndOutOfOrderEventsChangeNothing() throws Exception {
        String congress = createCongress();
        String room = createRoom(congress, "Salle", 30);
        String workshop = createSession(congress, session("WORKSHOP", "Atelier", d1("14:00"), d1("15:30"), room));
        String r1 = UUID.randomUUID().toString();
        String r2 = UUID.randomUUID().toString();

        ProducerRecord<String, String> first = record(registration(r1, congress, "CONFIRMED", 1, List.of(workshop), List.of()));
        send(first);
        awaitExpected(congress, workshop, 1);

        // the same event again, then an older version arriving after a newer cancellation
        send(first);
        send(registration(r2, congress, "CANCELLED", 3, List.of(), List.of()));
        send(registration(r2, congress, "CONFIRMED", 2, List.of(workshop), List.of()));
        // a marker on the same partition, sent last: once it counts, everything before it was processed
        String marker = UUID.randomUUID().toString();
        String markerSession = createSession(congress, session("MEAL", "Dîner", d1("17:30"), d1("18:00"), null));
        send(registration(marker, congress, "CONFIRMED", 1, List.of(), List.of(markerSession)));
        JsonPath view = awaitExpected(congress, markerSession, 1);
        assertThat(view.getInt(row(workshop) + ".expected")).isEqualTo(1);
    }

    @Test
    void waitlistedAndCancelledRegistrationsCountAsSuch() throws Exception {
        String congress = createCongress();
        String room = createRoom(congress, "Salle", 30);
        String workshop = createSession(congress, session("WORKSHOP", "Atelier", d1("14:00"), d1("15:30"), room));
        String r1 = UUID.randomUUID().toString();
        send(registration(r1, congress, "WAITLISTED", 1, List.of(workshop), List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> counts(congress, workshop).waitlisted() == 1);
        assertThat(counts(congress, workshop).expected()).isZero();
        send(registration(r1, congress, "CANCELLED", 2, List.of(workshop), List.of()));
        await().atMost(Duration.ofSeconds(20)).until(() -> counts(congress, workshop).waitlisted() == 0);
    }

    @Test
    @SuppressWarnings("unchecked")
    void registrationServicesExamplesGoThroughTheConsumer() throws Exception {
        List<Map<String, Object>> examples = new ArrayList<>();
        if (Files.isDirectory(REGISTRATION_EXAMPLES)) {
            for (String type : List.of("confirmed", "waitlisted", "changed", "cancelled", "checked-in")) {
                Path file = REGISTRATION_EXAMPLES.resolve("fr.assises.registration." + type + ".v1.json");
                assertThat(file).exists();
                examples.add(json.readValue(file.toFile(), Map.class));
            }
        } else {
            // the contract of ARCHITECTURE.md until registration-service publishes its examples
            examples.add(registration(UUID.randomUUID().toString(), UUID.randomUUID().toString(), "CONFIRMED", 1,
                    List.of(UUID.randomUUID().toString()), List.of(UUID.randomUUID().toString())));
        }
        for (Map<String, Object> data : examples) {
            // fresh ids so that the example's version is new to this database whatever ran before, and the
            // example's sessions replaced by sessions of a real congress, the only ones that count
            String registration = UUID.randomUUID().toString();
            String congress = createCongress();
            data.put("registrationId", registration);
            data.put("congressId", congress);
            for (String list : List.of("workshops", "meals")) {
                String kind = list.equals("meals") ? "MEAL" : "WORKSHOP";
                List<Map<String, Object>> choices = new ArrayList<>();
                for (Object choice : (List<?>) data.getOrDefault(list, List.of())) {
                    Map<String, Object> copy = new HashMap<>((Map<String, Object>) choice);
                    copy.put("sessionId", createSession(congress, session(kind, kind + " " + choices.size(),
                            d1("14:00"), d1("15:30"), null)));
                    choices.add(copy);
                }
                data.put(list, choices);
            }
            long version = ((Number) data.get("version")).longValue();
            send(data);
            await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                    .call(() -> inbox.appliedVersion("registration", registration)) == version);
            JsonNode tree = json.valueToTree(data);
            List<UUID> counted = new ArrayList<>();
            if (!"CANCELLED".equals(data.get("status"))) {
                tree.path("workshops").forEach(w -> counted.add(UUID.fromString(w.get("sessionId").asText())));
                tree.path("meals").forEach(m -> counted.add(UUID.fromString(m.get("sessionId").asText())));
            }
            Map<UUID, Counts> counts = QuarkusTransaction.requiringNew()
                    .call(() -> attendance.countsBySession(UUID.fromString(congress)));
            assertThat(counts.keySet()).as("sessions counted for " + data.get("status")).containsExactlyInAnyOrderElementsOf(counted);
        }
    }

    @Test
    void sessionsOfAnotherCongressOrUnknownOnesCountForNothing() throws Exception {
        String congress = createCongress();
        String other = createCongress();
        String workshop = createSession(congress, session("WORKSHOP", "Atelier", d1("14:00"), d1("15:30"), null));
        String meal = createSession(congress, session("MEAL", "Déjeuner", d1("12:00"), d1("12:30"), null));
        String foreignWorkshop = createSession(other, session("WORKSHOP", "Atelier d'ailleurs", d1("14:00"),
                d1("15:30"), null));
        String foreignMeal = createSession(other, session("MEAL", "Repas d'ailleurs", d1("12:00"), d1("12:30"), null));
        String unknown = UUID.randomUUID().toString();

        send(registration(UUID.randomUUID().toString(), congress, "CONFIRMED", 1,
                List.of(foreignWorkshop, workshop, unknown), List.of(foreignMeal, meal)));
        // a registration naming only foreign sessions: applied, yet counting nowhere
        String onlyForeign = UUID.randomUUID().toString();
        send(registration(onlyForeign, congress, "CONFIRMED", 1, List.of(foreignWorkshop), List.of(foreignMeal)));
        send(registration(UUID.randomUUID().toString(), congress, "CONFIRMED", 1, List.of(), List.of(meal)));
        awaitExpected(congress, meal, 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> QuarkusTransaction.requiringNew()
                .call(() -> inbox.appliedVersion("registration", onlyForeign)) == 1L);

        Map<UUID, Counts> ours = QuarkusTransaction.requiringNew()
                .call(() -> attendance.countsBySession(UUID.fromString(congress)));
        assertThat(ours).containsOnlyKeys(UUID.fromString(workshop), UUID.fromString(meal));
        assertThat(ours.get(UUID.fromString(workshop)).expected()).isEqualTo(1);
        assertThat(QuarkusTransaction.requiringNew().call(() -> attendance.countsBySession(UUID.fromString(other))))
                .isEmpty();
        given().auth().oauth2(TestTokens.partner()).when().get(BASE + "/" + other + "/attendance").then()
                .statusCode(200).body("sessions.expected", everyItem(equalTo(0)));
    }

    @Test
    void unreadableRecordsGoToTheDeadLetterTopicAndTheConsumerKeepsGoing() throws Exception {
        String congress = createCongress();
        String meal = createSession(congress, session("MEAL", "Déjeuner", d1("12:00"), d1("12:30"), null));
        String garbageKey = UUID.randomUUID().toString();
        send(new ProducerRecord<>(Topics.REGISTRATION, garbageKey, "pas du JSON"));
        Map<String, Object> incomplete = registration(UUID.randomUUID().toString(), congress, "CONFIRMED", 1,
                List.of(), List.of(meal));
        incomplete.remove("version");
        ProducerRecord<String, String> withoutVersion = record(incomplete);
        send(withoutVersion);
        send(registration(UUID.randomUUID().toString(), congress, "CONFIRMED", 1, List.of(), List.of(meal)));

        awaitExpected(congress, meal, 1);
        List<String> deadKeys = companion.consumeStrings()
                .fromTopics(Topics.deadLetter(Topics.REGISTRATION), Duration.ofSeconds(5)).awaitCompletion()
                .getRecords().stream().map(r -> r.key()).toList();
        assertThat(deadKeys).contains(garbageKey, withoutVersion.key());
    }

    @Test
    void registrationsMetDuringADatabaseOutageAllCountOnceItIsBackAndNoneIsDeadLettered() throws Exception {
        String congress = createCongress();
        String meal = createSession(congress, session("MEAL", "Déjeuner", d1("12:00"), d1("12:30"), null));
        List<String> registrations = new ArrayList<>();
        try (var outage = PostgresTestResource.stopImmediately()) {
            for (int i = 0; i < 30; i++) {
                String id = UUID.randomUUID().toString();
                registrations.add(id);
                send(registration(id, congress, "CONFIRMED", 1, List.of(), List.of(meal)));
            }
            // ten seconds without a database, as in the reliability issue
            await().pollDelay(Duration.ofSeconds(10)).atMost(Duration.ofSeconds(15)).until(() -> true);
        }
        awaitExpected(congress, meal, registrations.size());
        List<String> deadKeys = companion.consumeStrings()
                .fromTopics(Topics.deadLetter(Topics.REGISTRATION), Duration.ofSeconds(5)).awaitCompletion()
                .getRecords().stream().map(r -> r.key()).toList();
        assertThat(deadKeys).doesNotContainAnyElementsOf(registrations);
    }

    @Test
    void attendanceIsForOrganisersAdminsAndPartners() {
        String congress = createCongress();
        String path = BASE + "/" + congress + "/attendance";
        given().when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.participant()).when().get(path).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).when().get(path).then().statusCode(200);
        given().auth().oauth2(TestTokens.admin()).when().get(path).then().statusCode(200);
        organiser().when().get(BASE + "/" + UUID.randomUUID() + "/attendance").then().statusCode(404);
    }

    private Counts counts(String congress, String session) {
        return QuarkusTransaction.requiringNew().call(() -> attendance.countsBySession(UUID.fromString(congress))
                .getOrDefault(UUID.fromString(session), new Counts(0, 0)));
    }

    private static JsonPath awaitExpected(String congress, String session, int expected) {
        String path = BASE + "/" + congress + "/attendance";
        await().atMost(Duration.ofSeconds(60)).until(() -> given().auth().oauth2(TestTokens.partner()).when()
                .get(path).then().statusCode(200).extract().jsonPath().getInt(row(session) + ".expected") == expected);
        return given().auth().oauth2(TestTokens.partner()).when().get(path).then().statusCode(200).extract().jsonPath();
    }

    private static String row(String session) {
        return "sessions.find { it.sessionId == '" + session + "' }";
    }

    /** The shape of ARCHITECTURE.md's registration events. */
    private static Map<String, Object> registration(String id, String congress, String status, long version,
            List<String> workshops, List<String> meals) {
        Map<String, Object> data = new HashMap<>();
        data.put("registrationId", id);
        data.put("congressId", congress);
        data.put("participantId", UUID.randomUUID().toString());
        data.put("status", status);
        data.put("category", "PROFESSIONNEL");
        data.put("feeCents", 12000);
        data.put("days", List.of("2027-06-24", "2027-06-25"));
        List<Map<String, Object>> mealChoices = new ArrayList<>();
        meals.forEach(m -> mealChoices.add(Map.of("sessionId", m, "status", "CONFIRMED")));
        data.put("meals", mealChoices);
        List<Map<String, Object>> workshopChoices = new ArrayList<>();
        for (int i = 0; i < workshops.size(); i++) {
            workshopChoices.add(Map.of("sessionId", workshops.get(i), "rank", i + 1, "status", "CONFIRMED"));
        }
        data.put("workshops", workshopChoices);
        data.put("checkedInAt", null);
        data.put("language", "fr");
        data.put("version", version);
        return data;
    }

    private ProducerRecord<String, String> record(Map<String, Object> data) throws Exception {
        String status = (String) data.get("status");
        String type = "fr.assises.registration." + ("CANCELLED".equals(status) ? "cancelled"
                : "WAITLISTED".equals(status) ? "waitlisted" : "confirmed") + ".v1";
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID(), type, URI.create("/registration-service"),
                (String) data.get("registrationId"), OffsetDateTime.now(), json.writeValueAsString(data));
        return KafkaCloudEvents.toRecord(Topics.REGISTRATION, envelope);
    }

    private void send(Map<String, Object> data) throws Exception {
        send(record(data));
    }

    private void send(ProducerRecord<String, String> record) {
        companion.produceStrings().fromRecords(record).awaitCompletion();
    }
}
