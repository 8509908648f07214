package fr.assises.registration.calendar;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class CalendarFeedTest {

    private static final String MINE = "/api/registration/me/calendar-feed";

    @Test
    void myFeedGivesMySessionsOnlyFoldedByOctetsAndDiesWhenReplacedOrRevoked() {
        TestCongress congress = new TestCongress().create();
        String me = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(me).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        given().auth().oauth2(me).get(MINE).then().statusCode(404).contentType("application/problem+json");

        String path = given().auth().oauth2(me).post(MINE).then().statusCode(201)
                .body("path", startsWith("/api/registration/calendar/")).extract().path("path");
        given().auth().oauth2(me).get(MINE).then().statusCode(200).body("path", equalTo(path));
        // the plenary is the last programme event the congress publishes: its projection may still be on its way
        await().atMost(Duration.ofSeconds(30)).until(() -> given().get(path).asString().contains("Plénière"));
        byte[] ics = given().get(path).then().statusCode(200).contentType(startsWith("text/calendar"))
                .extract().asByteArray();
        String text = new String(ics, StandardCharsets.UTF_8);
        for (String line : text.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        String unfolded = text.replace("\r\n ", "");
        assertThat(unfolded).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n")
                .contains("SUMMARY:Plénière d'ouverture", "SUMMARY:Atelier A1", "SUMMARY:Déjeuner du 24 juin",
                        "LOCATION:Salle Plénière d'ouverture\\, Centre des congrès d'Essai-sur-Loire",
                        "DTSTART:20270624T070000Z")
                .doesNotContain("Atelier A2", "Atelier B1", "Déjeuner du 25 juin");
        // that long location needed folding, and a fold never cuts a two-octet character in half
        assertThat(text).contains("\r\n ");

        // another participant's feed is theirs: it does not show my sessions, and mine stays mine
        String other = TestTokens.participant(UUID.randomUUID().toString());
        String theirs = given().auth().oauth2(other).post(MINE).then().statusCode(201).extract().path("path");
        assertThat(theirs).isNotEqualTo(path);
        assertThat(given().get(theirs).then().statusCode(200).extract().asString()).doesNotContain("VEVENT");
        given().auth().oauth2(other).get(MINE).then().body("path", equalTo(theirs));

        // a new address: the old one answers 404 at once
        String renewed = given().auth().oauth2(me).post(MINE).then().statusCode(201).extract().path("path");
        assertThat(renewed).isNotEqualTo(path);
        given().get(path).then().statusCode(404).contentType("application/problem+json");
        given().get(renewed).then().statusCode(200);

        given().auth().oauth2(me).delete(MINE).then().statusCode(204);
        given().get(renewed).then().statusCode(404);
        given().auth().oauth2(me).delete(MINE).then().statusCode(404);
        given().get(theirs).then().statusCode(200);
    }

    @Test
    void theAddressIsAParticipantsOwn() {
        given().get(MINE).then().statusCode(401);
        given().post(MINE).then().statusCode(401);
        given().auth().oauth2(TestTokens.organiser()).post(MINE).then().statusCode(403);
        given().get("/api/registration/calendar/{token}.ics", "inconnu").then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void foldingCountsOctetsNotCharacters() {
        String line = "SUMMARY:" + "é".repeat(60);
        String folded = Ical.fold(line);
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line);
        assertThat(Ical.fold("DTSTART:20270624T070000Z")).isEqualTo("DTSTART:20270624T070000Z");
    }
}
