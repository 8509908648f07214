package fr.assises.programme.retention;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.PUBLIC;
import static fr.assises.programme.Fixtures.congressBody;
import static fr.assises.programme.Fixtures.createRoom;
import static fr.assises.programme.Fixtures.createSession;
import static fr.assises.programme.Fixtures.createSpeaker;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.publish;
import static fr.assises.programme.Fixtures.session;
import static fr.assises.programme.Fixtures.slug;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import fr.assises.programme.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Speakers' personal data after the retention period (12 months after the congress's last day by default):
 * contact details erased, a never-published speaker reduced to a neutral name, the archived programme unchanged.
 */
@QuarkusTest
class SpeakerRetentionTest {

    @Inject
    SpeakerRetention retention;

    /** A congress of June 2020 (the other tests' congresses are in 2027 and 2028, untouched by these dates). */
    private static String pastCongress(String slug) {
        Map<String, Object> body = congressBody(slug);
        body.put("startDate", "2020-06-24");
        body.put("endDate", "2020-06-25");
        body.put("status", "OPEN");
        body.put("halfDays", new ArrayList<>(List.of(
                Map.of("start", "2020-06-24T09:00:00+02:00", "end", "2020-06-24T12:30:00+02:00"),
                Map.of("start", "2020-06-25T09:00:00+02:00", "end", "2020-06-25T12:30:00+02:00"))));
        return organiser().body(body).when().post(BASE).then().statusCode(201).extract().path("id");
    }

    @Test
    void contactDetailsAreErasedAfterThePeriodAndTheArchivedProgrammeStillReads() {
        String slug = slug();
        String congress = pastCongress(slug);
        String published = createSpeaker(congress, "Alix Fictive", true);
        String unpublished = createSpeaker(congress, "Bérénice Imaginaire", false);
        Map<String, Object> plenary = session("PLENARY", "Plénière des territoires", "2020-06-24T10:00:00+02:00",
                "2020-06-24T11:30:00+02:00", createRoom(congress, "Amphithéâtre", 500));
        plenary.put("speakerIds", List.of(published, unpublished));
        plenary.put("moderatorId", published);
        String sessionId = createSession(congress, plenary);
        publish(congress);
        String current = Fixtures.createCongress();
        String currentSpeaker = createSpeaker(current, "Camille Inventée", false);
        String programmeBefore = given().get(PUBLIC + "/" + slug + "/programme").then().statusCode(200)
                .body("halfDays[0].sessions[0].speakers.name", equalTo(List.of("Alix Fictive")))
                .extract().asString();

        // the congress ended on 25 June 2020: twelve months later the contacts are still needed
        retention.eraseExpired(LocalDate.of(2021, 6, 25));
        speaker(congress, published).body("email", equalTo("intervenant@example.test"))
                .body("phone", equalTo("+33 1 00 00 00 00"));
        speaker(congress, unpublished).body("name", equalTo("Bérénice Imaginaire"));
        long versionBefore = speaker(congress, published).extract().jsonPath().getLong("version");

        assertThat(retention.eraseExpired(LocalDate.of(2021, 6, 26))).isGreaterThanOrEqualTo(2);
        speaker(congress, published).body("name", equalTo("Alix Fictive"))
                .body("organisation", equalTo("Agence fictive de développement"))
                .body("bio", equalTo("Biographie courte.")).body("publicConsent", equalTo(true))
                .body("email", nullValue()).body("phone", nullValue());
        speaker(congress, unpublished).body("name", equalTo(SpeakerRetention.ERASED_NAME))
                .body("organisation", nullValue()).body("role", nullValue()).body("bio", nullValue())
                .body("email", nullValue()).body("phone", nullValue());
        // another congress, still within its period, keeps everything
        speaker(current, currentSpeaker).body("name", equalTo("Camille Inventée"))
                .body("email", equalTo("intervenant@example.test"));

        // the archived programme reads exactly as published; the organisers' session keeps both speakers
        given().get(PUBLIC + "/" + slug + "/programme").then().statusCode(200)
                .body(equalTo(programmeBefore));
        organiser().get(BASE + "/" + congress + "/sessions/" + sessionId).then().statusCode(200)
                .body("speakerIds.size()", equalTo(2)).body("moderatorId", equalTo(published));

        // a form read before the erasure cannot write the contact details back
        Map<String, Object> stale = new HashMap<>(Map.of("name", "Alix Fictive", "publicConsent", true,
                "email", "intervenant@example.test", "version", versionBefore));
        organiser().body(stale).put(BASE + "/" + congress + "/speakers/" + published).then().statusCode(409)
                .contentType("application/problem+json");
        speaker(congress, published).body("email", nullValue());

        // a second run has nothing left to do
        assertThat(retention.eraseExpired(LocalDate.of(2021, 6, 26))).isZero();
    }

    private static io.restassured.response.ValidatableResponse speaker(String congress, String id) {
        return organiser().get(BASE + "/" + congress + "/speakers/" + id).then().statusCode(200);
    }
}
