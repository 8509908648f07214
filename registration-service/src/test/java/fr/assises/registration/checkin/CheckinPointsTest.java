package fr.assises.registration.checkin;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.matchesPattern;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Check-in at workshop and meal points: counts per point, one answer per scan, events with counts only. */
@QuarkusTest
class CheckinPointsTest {

    static final ObjectMapper STRICT = new ObjectMapper().registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    /** To the second, with an offset: no fraction of a second anywhere. */
    static final String SECONDS = "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(Z|[+-]\\d{2}:\\d{2})";

    static String badge(TestCongress congress, UUID first, UUID second, String last) throws Exception {
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        Map<String, Object> body = congress.registration("PROFESSIONNEL", first, second);
        body.put("person", TestCongress.person("Élodie", last));
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
        byte[] pdf = given().auth().oauth2(owner).get("/api/registration/me/registrations/{id}/badge.pdf", id)
                .then().statusCode(200).extract().asByteArray();
        return BadgeAndCheckinTest.qrToken(pdf);
    }

    static Response scan(TestCongress congress, String token, Object checkpoint) {
        return given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("token", token, "checkpoint", checkpoint.toString()))
                .post("/api/registration/congresses/{id}/check-ins", congress.id);
    }

    static Map<String, Object> point(TestCongress congress, UUID sessionId) {
        List<Map<String, Object>> points = given().auth().oauth2(TestTokens.partner())
                .get("/api/registration/congresses/{id}/check-ins/points", congress.id)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return points.stream().filter(p -> sessionId.toString().equals(p.get("checkpoint"))).findFirst()
                .orElseThrow();
    }

    @Test
    void thePointAttendanceExampleIsStrictlyReadableAndDocumented() throws Exception {
        String example = Files.readString(Path.of("events/examples/" + PointAttendance.TYPE + ".json"));
        PointAttendance data = STRICT.readValue(example, PointAttendance.class);
        assertThat(data.version()).isPositive();
        assertThat(data.checkedInAt().getNano()).isZero();
        assertThat(Files.readString(Path.of("events/asyncapi.yaml"))).contains(PointAttendance.TYPE);
    }

    @Test
    void workshopScansAreCountedPerPointAndPublishedWithoutPersonalData() throws Exception {
        TestCongress congress = new TestCongress().create();
        UUID workshop = congress.slot1Workshops.get(0);
        UUID other = congress.slot1Workshops.get(1);
        String expectedOne = badge(congress, workshop, other, "Berthelot");
        String elsewhere = badge(congress, other, null, "Carpentier");
        String absent = badge(congress, workshop, null, "Duvivier");

        // the desk chooses among the entrance and the programme's workshops and meals, in time order
        JsonPath points = given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/check-ins/points", congress.id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(points.getList("kind", String.class)).startsWith("ENTRANCE")
                .containsOnly("ENTRANCE", "WORKSHOP", "MEAL").hasSize(1 + 6 + 2);
        assertThat(points.getList("checkpoint", String.class)).doesNotContain(congress.plenary.toString());

        JsonPath first = scan(congress, expectedOne, workshop).then().statusCode(200)
                .body("alreadyCheckedIn", equalTo(false)).body("expected", equalTo(true))
                .body("message", equalTo("Arrivée enregistrée."))
                .body("checkedInAt", matchesPattern(SECONDS)).extract().jsonPath();
        // a second scan: one answer, saying it was already done and when
        scan(congress, expectedOne, workshop).then().statusCode(200)
                .body("alreadyCheckedIn", equalTo(true))
                .body("checkedInAt", equalTo(first.getString("checkedInAt")))
                .body("message", matchesPattern("Déjà enregistré\\(e\\) à \\d{2}:\\d{2} : ce badge avait déjà été "
                        + "scanné ici\\."));
        scan(congress, elsewhere, workshop).then().statusCode(200).body("expected", equalTo(false))
                .body("message", equalTo("Arrivée enregistrée, mais cette personne n'était pas inscrite à ce point."));

        Map<String, Object> counts = point(congress, workshop);
        assertThat(counts).containsEntry("kind", "WORKSHOP").containsEntry("expected", 2).containsEntry("arrived", 2)
                .containsEntry("unexpected", 1).containsEntry("noShows", 1).containsEntry("title", "Atelier A1");
        assertThat(point(congress, other)).containsEntry("expected", 1).containsEntry("arrived", 0)
                .containsEntry("noShows", 1);
        assertThat(absent).isNotBlank();

        // published for the other services: counts of the point, never who
        List<ConsumerRecord<String, String>> records = PublishedEvents.of(workshop.toString(), 2);
        assertThat(records).extracting(PublishedEvents::type)
                .containsOnly("fr.assises.checkin.point-attendance.v1");
        JsonNode last = STRICT.readTree(records.get(1).value());
        STRICT.readValue(records.get(1).value(), PointAttendance.class);
        assertThat(last.get("arrived").asLong()).isEqualTo(2);
        assertThat(last.get("unexpected").asLong()).isEqualTo(1);
        assertThat(last.get("expected").asLong()).isEqualTo(2);
        assertThat(last.get("version").asLong()).isGreaterThan(STRICT.readTree(records.get(0).value())
                .get("version").asLong());
        for (ConsumerRecord<String, String> r : records) {
            assertThat(r.value()).doesNotContain("registrationId").doesNotContain("participantId")
                    .doesNotContain("Berthelot").doesNotContain("@");
        }
        // the instant of the first answer is the instant of the event, to the same precision
        JsonNode firstEvent = STRICT.readTree(records.get(0).value());
        assertThat(firstEvent.get("checkedInAt").asText()).matches(SECONDS);
        assertThat(OffsetDateTime.parse(firstEvent.get("checkedInAt").asText()).toInstant())
                .isEqualTo(OffsetDateTime.parse(first.getString("checkedInAt")).toInstant());

        String csv = given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/check-ins/points.csv", congress.id)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("\uFEFF\"Point\";\"Type\";\"Début\";\"Salle\";\"Attendus\";\"Arrivés\"")
                .contains("\"Atelier A1\";\"Atelier\";\"24/06/2027 10:00\";\"Salle Atelier A1\";\"2\";\"2\";\"1\";\"1\"")
                .contains("\"Entrée\";\"Accueil\"").doesNotContain("Berthelot");
    }

    @Test
    void entranceTimeHasOnePrecisionFromTheAnswerToEveryLaterEvent() throws Exception {
        TestCongress congress = new TestCongress().create();
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        String id = given().auth().oauth2(owner).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
        byte[] pdf = given().auth().oauth2(owner).get("/api/registration/me/registrations/{id}/badge.pdf", id)
                .then().statusCode(200).extract().asByteArray();
        String answer = scan(congress, BadgeAndCheckinTest.qrToken(pdf), "ENTRANCE").then().statusCode(200)
                .body("checkedInAt", matchesPattern(SECONDS)).extract().path("checkedInAt");
        // a later change publishes the check-in time read back from the database
        given().auth().oauth2(owner).delete("/api/registration/me/registrations/{id}", id).then().statusCode(200);
        List<ConsumerRecord<String, String>> records = PublishedEvents.of(id, 3);
        assertThat(records).extracting(PublishedEvents::type).containsExactly("fr.assises.registration.confirmed.v1",
                "fr.assises.registration.checked-in.v1", "fr.assises.registration.cancelled.v1");
        for (ConsumerRecord<String, String> r : records.subList(1, 3)) {
            String at = STRICT.readTree(r.value()).get("checkedInAt").asText();
            assertThat(at).matches(SECONDS);
            assertThat(OffsetDateTime.parse(at).toInstant()).isEqualTo(OffsetDateTime.parse(answer).toInstant());
        }
    }

    @Test
    void unknownPointsAndWrongRolesAreRefusedAndChangeNothing() throws Exception {
        TestCongress congress = new TestCongress().create();
        String token = badge(congress, congress.slot1Workshops.get(0), null, "Fontaine");
        for (Object bad : List.of(UUID.randomUUID(), congress.plenary, "atelier-1")) {
            scan(congress, token, bad).then().statusCode(422).contentType("application/problem+json")
                    .body("errors.field", hasItems("checkpoint"));
        }
        scan(congress, token, "pas un point; drop").then().statusCode(400).contentType("application/problem+json");
        TestCongress other = new TestCongress().create();
        scan(congress, token, other.lunch1).then().statusCode(422);
        assertThat(point(congress, congress.slot1Workshops.get(0))).containsEntry("arrived", 0);
        given().auth().oauth2(congress.organiser).get("/api/registration/congresses/{id}/check-ins/points", congress.id)
                .then().body("find { it.kind == 'ENTRANCE' }.arrived", equalTo(0));

        String participant = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(participant).get("/api/registration/congresses/{id}/check-ins/points", congress.id)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner())
                .get("/api/registration/congresses/{id}/check-ins/points.csv", congress.id).then().statusCode(403);
        given().get("/api/registration/congresses/{id}/check-ins/points", congress.id).then().statusCode(401);
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/check-ins/points", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }
}
