package fr.assises.registration.registering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** A participant reads, changes and cancels their own registration, and nobody else's. */
@QuarkusTest
class MyRegistrationTest {

    static String register(String token, TestCongress congress) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void ownerReadsAndListsTheirRegistration() {
        TestCongress congress = new TestCongress().create();
        String sub = UUID.randomUUID().toString();
        String token = TestTokens.participant(sub);
        String id = register(token, congress);
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", id).then().statusCode(200)
                .body("id", equalTo(id)).body("participantId", equalTo(sub))
                .body("person.email", org.hamcrest.Matchers.endsWith("@exemple.test"));
        given().auth().oauth2(token).get("/api/registration/me/registrations").then().statusCode(200)
                .body("", hasSize(1)).body("[0].id", equalTo(id));
    }

    @Test
    void anotherParticipantNeitherSeesNorChangesNorCancelsIt() {
        TestCongress congress = new TestCongress().create();
        String owner = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(owner, congress);
        String other = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(other).get("/api/registration/me/registrations/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("days", List.of("2027-06-24")))
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).delete("/api/registration/me/registrations/{id}", id).then().statusCode(404);
        given().auth().oauth2(other).get("/api/registration/me/registrations").then().body("", hasSize(0));
        // guessing ids gives nothing away either
        given().auth().oauth2(other).get("/api/registration/me/registrations/{id}", UUID.randomUUID())
                .then().statusCode(404);
        given().auth().oauth2(owner).get("/api/registration/me/registrations/{id}", id).then()
                .body("status", equalTo("CONFIRMED")).body("days", hasSize(2)).body("version", equalTo(1));
    }

    @Test
    void personalEndpointsNeedAParticipantToken() {
        given().get("/api/registration/me/registrations").then().statusCode(401)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.organiser()).get("/api/registration/me/registrations").then()
                .statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).get("/api/registration/me/registrations").then()
                .statusCode(403);
    }

    @Test
    void ownerChangesDaysMealsAndWorkshopsBeforeTheFreezeButNotTheirFee() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(token, congress);
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("days", List.of(TestCongress.DAY1.toString()));
        change.put("meals", List.of(congress.lunch1.toString()));
        change.put("workshops", List.of(Map.of("sessionId", congress.slot1Workshops.get(2).toString()),
                Map.of("sessionId", congress.slot2Workshops.get(0).toString())));
        change.put("status", "CANCELLED");
        change.put("feeCents", 0);
        change.put("category", "ETUDIANT");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(200)
                .body("status", equalTo("CONFIRMED")).body("feeCents", equalTo(18000))
                .body("category", equalTo("PROFESSIONNEL")).body("days", hasSize(1))
                .body("workshops", hasSize(2)).body("workshops.status", org.hamcrest.Matchers.everyItem(
                        equalTo("CONFIRMED")))
                .body("lateChange", equalTo(false));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("workshops.find { it.sessionId == '" + congress.slot1Workshops.get(0) + "' }.confirmed",
                        equalTo(0))
                .body("workshops.find { it.sessionId == '" + congress.slot1Workshops.get(2) + "' }.confirmed",
                        equalTo(1));
        assertThat(PublishedEvents.of(id, 2)).extracting(PublishedEvents::type)
                .containsExactly("fr.assises.registration.confirmed.v1", "fr.assises.registration.changed.v1");
    }

    @Test
    void badChangeIsAProblemAndChangesNothing() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(token, congress);
        List<Map<String, Object>> bad = List.of(
                Map.of("workshops", List.of(Map.of("sessionId", congress.slot1Workshops.get(1).toString()),
                        Map.of("sessionId", congress.slot1Workshops.get(2).toString()))),
                Map.of("meals", List.of(congress.plenary.toString())),
                Map.of("days", List.of()),
                Map.of("days", List.of("2030-01-01")),
                Map.of("days", List.of(TestCongress.DAY2.toString())),
                Map.of("language", "xx"));
        for (Map<String, Object> body : bad) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                    .put("/api/registration/me/registrations/{id}", id).then().statusCode(400)
                    .contentType("application/problem+json");
        }
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", id).then()
                .body("version", equalTo(1)).body("days", hasSize(2))
                .body("workshops[0].sessionId", equalTo(congress.slot1Workshops.get(0).toString()));
    }

    @Test
    void afterTheFreezeOnlyOrganisersChangeAndTheChangeIsFlaggedLate() {
        TestCongress congress = new TestCongress().freezeAt(OffsetDateTime.now(ZoneOffset.UTC).minusHours(1))
                .create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(token, congress);
        Map<String, Object> change = Map.of("meals", List.of(congress.lunch2.toString()));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(change)
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(422)
                .contentType("application/problem+json");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(change)
                .put("/api/registration/manage/registrations/{id}", id).then().statusCode(200)
                .body("lateChange", equalTo(true)).body("meals[0].sessionId", equalTo(congress.lunch2.toString()));
        given().auth().oauth2(congress.organiser).queryParam("lateChange", true)
                .get("/api/registration/congresses/{id}/manage/registrations", congress.id).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id));
    }

    @Test
    void cancellingFreesEverySeatAndIsFinal() {
        TestCongress congress = new TestCongress().create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(token, congress);
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(1));
        given().auth().oauth2(token).delete("/api/registration/me/registrations/{id}", id).then().statusCode(200)
                .body("status", equalTo("CANCELLED"));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(0))
                .body("workshops.find { it.sessionId == '" + congress.slot1Workshops.get(0) + "' }.confirmed",
                        equalTo(0))
                .body("meals.find { it.sessionId == '" + congress.lunch1 + "' }.confirmed", equalTo(0));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("days", List.of("2027-06-24")))
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(422);
        assertThat(PublishedEvents.of(id, 2)).extracting(PublishedEvents::type)
                .containsExactly("fr.assises.registration.confirmed.v1", "fr.assises.registration.cancelled.v1");
    }
}
