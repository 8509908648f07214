package fr.assises.registration.organiser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class OrganiserRegistrationsTest {

    static final String SEARCH = "/api/registration/congresses/{id}/manage/registrations";

    @Test
    void organisersSearchAndFilter() {
        TestCongress congress = new TestCongress().create();
        UUID w1 = congress.slot1Workshops.get(0);
        UUID w2 = congress.slot1Workshops.get(1);
        Map<String, Object> elu = congress.registration("ELU", w2, null);
        elu.put("person", TestCongress.person("Dominique", "Lefranc"));
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(elu)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON)
                .body(congress.registration("PROFESSIONNEL", w1, null))
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
        String org = congress.organiser;
        given().auth().oauth2(org).get(SEARCH, congress.id).then().statusCode(200)
                .body("total", equalTo(2)).body("items", hasSize(2));
        given().auth().oauth2(org).queryParam("category", "ELU").get(SEARCH, congress.id).then()
                .body("total", equalTo(1)).body("items[0].person.lastName", equalTo("Lefranc"));
        given().auth().oauth2(org).queryParam("sessionId", w1).get(SEARCH, congress.id).then()
                .body("total", equalTo(1)).body("items[0].category", equalTo("PROFESSIONNEL"));
        given().auth().oauth2(org).queryParam("q", "lefr").get(SEARCH, congress.id).then()
                .body("total", equalTo(1));
        given().auth().oauth2(org).queryParam("checkedIn", true).get(SEARCH, congress.id).then()
                .body("total", equalTo(0));
        given().auth().oauth2(org).queryParam("status", "WAITLISTED").get(SEARCH, congress.id).then()
                .body("total", equalTo(0));
        given().auth().oauth2(org).queryParam("size", 1).queryParam("page", 1).get(SEARCH, congress.id).then()
                .body("total", equalTo(2)).body("items", hasSize(1));
    }

    @Test
    void searchRefusesBadFiltersAndOtherRoles() {
        TestCongress congress = new TestCongress().create();
        given().auth().oauth2(congress.organiser).queryParam("status", "PAID").get(SEARCH, congress.id).then()
                .statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(congress.organiser).queryParam("size", 100000).get(SEARCH, congress.id).then()
                .statusCode(400);
        given().auth().oauth2(congress.organiser).get(SEARCH, UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().get(SEARCH, congress.id).then().statusCode(401);
        given().auth().oauth2(TestTokens.participant()).get(SEARCH, congress.id).then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).get(SEARCH, congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).get("/api/registration/manage/registrations/{id}",
                UUID.randomUUID()).then().statusCode(403);
    }

    @Test
    void organiserAddsASpeakerByHandOnceAndCancels() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> body = congress.registration("INTERVENANT", congress.slot1Workshops.get(0), null);
        body.remove("consent");
        String key = UUID.randomUUID().toString();
        String id = given().auth().oauth2(congress.organiser).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body)
                .post(SEARCH, congress.id).then().statusCode(201)
                .body("status", equalTo("CONFIRMED")).body("feeCents", equalTo(0))
                .body("source", equalTo("ORGANISER")).body("consent", nullValue())
                .extract().path("id");
        given().auth().oauth2(congress.organiser).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post(SEARCH, congress.id).then().statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/registrations/{id}", id).then()
                .statusCode(200).body("category", equalTo("INTERVENANT"));
        given().auth().oauth2(congress.organiser).delete("/api/registration/manage/registrations/{id}", id)
                .then().statusCode(200).body("status", equalTo("CANCELLED"));
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(0));
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/registrations/{id}",
                UUID.randomUUID()).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void organiserAddRefusesBadInputAndParticipants() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> body = congress.registration("INCONNUE", null, null);
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(body)
                .post(SEARCH, congress.id).then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON)
                .body(congress.registration()).post(SEARCH, congress.id).then().statusCode(403);
        given().auth().oauth2(congress.organiser).get(SEARCH, congress.id).then().body("total", equalTo(0));
    }
}
