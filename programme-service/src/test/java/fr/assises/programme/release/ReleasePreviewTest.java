package fr.assises.programme.release;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.publish;
import static fr.assises.programme.Fixtures.session;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** The changelog a release would carry, read before publishing; reading it publishes nothing. */
@QuarkusTest
class ReleasePreviewTest {

    @Test
    void previewShowsWhatPublishingWouldChangeAndWritesNothing() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle A", 40);
        String other = createRoom(congress, "Salle B", 40);
        String opening = createSession(congress, session("OPENING", "Ouverture", d1("09:00"), d1("09:30"), room));
        String preview = BASE + "/" + congress + "/releases/preview";

        organiser().when().get(preview).then().statusCode(200)
                .body("since", nullValue()).body("number", equalTo(1))
                .body("changelog.added.sessionId", contains(opening))
                .body("blocking", hasSize(0));
        organiser().when().get(BASE + "/" + congress + "/releases").then().body("$", hasSize(0));
        assertPublishes(congress, 1);

        String workshop = createSession(congress, session("WORKSHOP", "Atelier", d1("14:00"), d1("15:30"), room));
        organiser().body(Map.of("roomId", other)).when().patch(BASE + "/" + congress + "/sessions/" + opening)
                .then().statusCode(200);
        organiser().when().get(preview).then().statusCode(200)
                .body("since", equalTo(1)).body("number", equalTo(2))
                .body("changelog.added.sessionId", contains(workshop))
                .body("changelog.moved.sessionId", contains(opening))
                .body("changelog.moved[0].detail", startsWith("Déplacée : "));
        // the preview's changelog is the one the release records
        organiser().when().post(BASE + "/" + congress + "/releases").then().statusCode(201)
                .body("changelog.added.sessionId", contains(workshop))
                .body("changelog.moved.sessionId", contains(opening));
        organiser().when().get(preview).then().statusCode(200).body("since", equalTo(2))
                .body("changelog.added", hasSize(0)).body("changelog.moved", hasSize(0));
    }

    @Test
    void previewNamesTheConflictsThatWouldRefuseThePublication() {
        String congress = createCongress();
        String room = createRoom(congress, "Salle A", 40);
        createSession(congress, session("WORKSHOP", "A", d1("14:00"), d1("15:30"), room));
        createSession(congress, session("WORKSHOP", "B", d1("15:00"), d1("16:00"), room));
        organiser().when().get(BASE + "/" + congress + "/releases/preview").then().statusCode(200)
                .body("blocking.code", contains("ROOM_DOUBLE_BOOKED"));
    }

    @Test
    void previewIsForOrganisersOfAKnownCongress() {
        String congress = createCongress();
        given().auth().oauth2(TestTokens.participant()).when().get(BASE + "/" + congress + "/releases/preview")
                .then().statusCode(403);
        given().when().get(BASE + "/" + congress + "/releases/preview").then().statusCode(401);
        organiser().when().get(BASE + "/" + UUID.randomUUID() + "/releases/preview").then().statusCode(404)
                .contentType("application/problem+json");
    }

    private static void assertPublishes(String congress, int number) {
        org.assertj.core.api.Assertions.assertThat(publish(congress)).isEqualTo(number);
    }
}
