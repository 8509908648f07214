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
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Assumptions;
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

    /** The producer's documented examples must parse into the records this consumer reads. */
    @Test
    void programmeExamplesParseAndAreConsumed() throws IOException {
        Path examples = Path.of("../programme-service/events/examples");
        Assumptions.assumeTrue(Files.isDirectory(examples), "programme-service has no event examples yet");
        Map<String, Class<?>> types = Map.of(
                "fr.assises.programme.congress.changed.v1", CongressChanged.class,
                "fr.assises.programme.session.changed.v1", SessionChanged.class,
                "fr.assises.programme.released.v1", ProgrammeReleased.class);
        try (Stream<Path> files = Files.list(examples)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                String type = file.getFileName().toString().replace(".json", "");
                if (!types.containsKey(type)) {
                    continue;
                }
                Object data = json.readValue(Files.readString(file), types.get(type));
                assertThat(data).as(type).isNotNull();
                if (data instanceof CongressChanged congress) {
                    // fed through the real consumer: the congress becomes known here
                    TestCongress.produce(List.of(TestCongress.record(type, congress.congressId(),
                            Files.readString(file))));
                    await().atMost(Duration.ofSeconds(20)).until(() -> given().auth()
                            .oauth2(fr.assises.common.test.TestTokens.organiser())
                            .contentType("application/json").body(new TestCongress().settings())
                            .put("/api/registration/congresses/{id}/settings", congress.congressId())
                            .statusCode() == 200);
                }
            }
        }
    }
}
