package fr.assises.registration.programme;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.registration.events.CongressChanged;
import fr.assises.registration.events.ProgrammeReleased;
import fr.assises.registration.events.SessionChanged;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProgrammeProjectionTest {

    @Inject
    ObjectMapper json;

    @Test
    void congressAndSessionsArriveThroughKafka() {
        TestCongress congress = new TestCongress().workshops(2, 25).create();
        var availability = given().get("/api/registration/congresses/{id}/availability", congress.id)
                .then().statusCode(200).extract().jsonPath();
        assertThat(availability.getList("workshops.seriesId", String.class))
                .containsOnly(congress.slot1.toString(), congress.slot2.toString());
        assertThat(availability.getList("meals.capacity", Integer.class)).containsOnly(400);
    }

    @Test
    void olderAndRepeatedVersionsNeverOverwriteNewerOnes() {
        TestCongress congress = new TestCongress().workshops(1, 25).create();
        UUID workshop = congress.slot1Workshops.get(0);
        congress.sessionCapacity(workshop, "WORKSHOP", congress.slot1, 30, 3);
        congress.sessionCapacity(workshop, "WORKSHOP", congress.slot1, 10, 2);
        congress.sessionCapacity(workshop, "WORKSHOP", congress.slot1, 10, 3);
        UUID marker = UUID.randomUUID();
        TestCongress.produce(List.of(TestCongress.record("fr.assises.programme.session.changed.v1", marker,
                congress.session(marker, "MEAL", "Dîner", "J1-PM", TestCongress.DAY1, 19, 50, null, 1))));
        await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .get("/api/registration/congresses/{id}/availability", congress.id)
                .jsonPath().getList("meals.sessionId", String.class).contains(marker.toString()));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("workshops.find { it.sessionId == '" + workshop + "' }.capacity", equalTo(30));
    }

    @Test
    void unknownCongressIs404() {
        given().get("/api/registration/congresses/{id}/availability", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aCancelledWorkshopIsWithdrawnFromTheRegistrationsHoldingIt() {
        TestCongress congress = new TestCongress().workshops(2, 25).create();
        UUID w1 = congress.slot1Workshops.get(0);
        UUID w2 = congress.slot1Workshops.get(1);
        String a = fr.assises.common.test.TestTokens.participant(UUID.randomUUID().toString());
        String b = fr.assises.common.test.TestTokens.participant(UUID.randomUUID().toString());
        String ra = given().auth().oauth2(a).contentType("application/json")
                .body(congress.registration("PROFESSIONNEL", w1, w2))
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .extract().path("id");
        String rb = given().auth().oauth2(b).contentType("application/json")
                .body(congress.registration("PROFESSIONNEL", w2, w1))
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .extract().path("id");
        Map<String, Object> cancelled = congress.session(w1, "WORKSHOP", "Atelier A1", "J1-AM", TestCongress.DAY1,
                10, 25, congress.slot1, 2);
        cancelled.put("status", "CANCELLED");
        TestCongress.produce(List.of(TestCongress.record("fr.assises.programme.session.changed.v1", w1, cancelled)));
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(a)
                .get("/api/registration/me/registrations/{id}", ra).jsonPath().getList("workshops").isEmpty());
        given().auth().oauth2(b).get("/api/registration/me/registrations/{id}", rb).then()
                .body("workshops[0].sessionId", equalTo(w2.toString()))
                .body("workshops[0].secondChoiceSessionId", org.hamcrest.Matchers.nullValue());
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("workshops.sessionId", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(w1.toString())));
        given().auth().oauth2(fr.assises.common.test.TestTokens.participant()).contentType("application/json")
                .body(congress.registration("PROFESSIONNEL", w1, null))
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(400);
        assertThat(fr.assises.registration.support.PublishedEvents.of(ra, 2))
                .extracting(fr.assises.registration.support.PublishedEvents::type)
                .containsExactly("fr.assises.registration.confirmed.v1", "fr.assises.registration.changed.v1");
    }

    /** The producer's documented examples, fed through the real consumer, build the projection. */
    @Test
    void programmeExamplesAreConsumed() throws IOException {
        Path examples = Path.of("../programme-service/events/examples");
        String congressJson = Files.readString(examples.resolve("fr.assises.programme.congress.changed.v1.json"));
        String sessionJson = Files.readString(examples.resolve("fr.assises.programme.session.changed.v1.json"));
        String releasedJson = Files.readString(examples.resolve("fr.assises.programme.released.v1.json"));
        CongressChanged congress = json.readValue(congressJson, CongressChanged.class);
        SessionChanged session = json.readValue(sessionJson, SessionChanged.class);
        ProgrammeReleased released = json.readValue(releasedJson, ProgrammeReleased.class);
        assertThat(released.congressId()).isEqualTo(congress.congressId());
        // each event twice: the second delivery is a duplicate and changes nothing
        TestCongress.produce(List.of(
                TestCongress.record("fr.assises.programme.congress.changed.v1", congress.congressId(), congressJson),
                TestCongress.record("fr.assises.programme.congress.changed.v1", congress.congressId(), congressJson),
                TestCongress.record("fr.assises.programme.session.changed.v1", session.sessionId(), sessionJson),
                TestCongress.record("fr.assises.programme.session.changed.v1", session.sessionId(), sessionJson),
                TestCongress.record("fr.assises.programme.released.v1", congress.congressId(), releasedJson)));
        String organiser = fr.assises.common.test.TestTokens.organiser();
        await().atMost(Duration.ofSeconds(20)).until(() -> given().auth().oauth2(organiser)
                .contentType("application/json").body(new TestCongress().settings())
                .put("/api/registration/congresses/{id}/settings", congress.congressId()).statusCode() == 200);
        await().atMost(Duration.ofSeconds(20)).until(() -> given()
                .get("/api/registration/congresses/{id}/availability", congress.congressId())
                .jsonPath().getList("workshops.sessionId", String.class).contains(session.sessionId().toString()));
        given().get("/api/registration/congresses/{id}/availability", congress.congressId()).then()
                .body("workshops", org.hamcrest.Matchers.hasSize(1))
                .body("workshops[0].capacity", equalTo(session.capacity()))
                .body("workshops[0].seriesId", equalTo(session.seriesId().toString()))
                .body("workshops[0].title", equalTo(session.title()));
    }
}
