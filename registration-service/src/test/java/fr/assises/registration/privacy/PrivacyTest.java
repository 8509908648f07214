package fr.assises.registration.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class PrivacyTest {

    @Inject
    Privacy privacy;

    @Inject
    EntityManager em;

    private int outboxRows(String registrationId) {
        return ((Number) em.createNativeQuery("select count(*) from mail_outbox where registration_id = ?1")
                .setParameter(1, UUID.fromString(registrationId)).getSingleResult()).intValue();
    }

    static String register(String token, TestCongress congress) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void ownerDownloadsThenErasesTheirDataAndMayRegisterAgain() {
        TestCongress congress = new TestCongress().total(1).create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(token, congress);
        String waiting = TestTokens.participant(UUID.randomUUID().toString());
        String waitingId = register(waiting, congress);
        String other = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}/personal-data", id).then()
                .statusCode(200).body("registration.person.firstName", equalTo("Camille"))
                .body("registration.consent.version", equalTo(TestCongress.PRIVACY))
                .body("checkins", hasSize(0)).body("exportedAt", notNullValue());
        given().auth().oauth2(other).get("/api/registration/me/registrations/{id}/personal-data", id).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(other).delete("/api/registration/me/registrations/{id}/personal-data", id).then()
                .statusCode(404);
        given().get("/api/registration/me/registrations/{id}/personal-data", id).then().statusCode(401);

        given().auth().oauth2(token).delete("/api/registration/me/registrations/{id}/personal-data", id).then()
                .statusCode(204);
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", id).then()
                .body("status", equalTo("CANCELLED")).body("anonymised", equalTo(true))
                .body("person", nullValue());
        // the freed seat went to the next person; the counts remain
        given().auth().oauth2(waiting).get("/api/registration/me/registrations/{id}", waitingId).then()
                .body("status", equalTo("CONFIRMED"));
        given().auth().oauth2(congress.organiser).queryParam("q", "camille")
                .get("/api/registration/congresses/{id}/manage/registrations", congress.id).then()
                .body("total", equalTo(1)).body("items[0].id", not(equalTo(id)));
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/manage/registrations", congress.id).then()
                .body("total", equalTo(2));

        // after a cancellation the same person may register again (on the waiting list: the seat is taken)
        given().auth().oauth2(token).contentType(ContentType.JSON).body(congress.registration())
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201)
                .body("status", equalTo("WAITLISTED")).body("id", not(equalTo(id)));
    }

    @Test
    void retentionPeriodAnonymisesEveryoneButKeepsCounts() {
        TestCongress congress = new TestCongress().retentionDays(1).create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String id = register(token, congress);
        assertThat(outboxRows(id)).as("the confirmation mail asked at registration").isPositive();
        // the congress ends on 25 June 2027: one day of retention runs out after the 26th
        assertThat(privacy.anonymiseExpired(LocalDate.of(2027, 6, 26))).isZero();
        assertThat(privacy.anonymiseExpired(LocalDate.of(2027, 6, 27))).isEqualTo(1);
        // the participant id is replaced too: the person no longer reaches it, the committee sees it anonymised
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", id).then().statusCode(404);
        given().auth().oauth2(token).get("/api/registration/me/registrations").then().statusCode(200)
                .body("$", hasSize(0));
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/registrations/{id}", id).then()
                .statusCode(200).body("status", equalTo("CONFIRMED")).body("anonymised", equalTo(true))
                .body("person", nullValue());
        given().get("/api/registration/congresses/{id}/availability", congress.id).then()
                .body("confirmed", equalTo(1));
        // nor does the mail outbox say any more who was written to (the confirmation asked at registration)
        assertThat(outboxRows(id)).isZero();
        assertThat(privacy.anonymiseExpired(LocalDate.of(2027, 6, 28))).isZero();
    }

    @Test
    void withoutItsOwnPeriodACongressGetsTheDefaultOneAndItsOwnSettingLengthensIt() {
        // the default is 12 months; the test profile sets 6 (test congresses keep 365 days, out of the way)
        TestCongress unset = new TestCongress().retentionDays(null).create();
        TestCongress longer = new TestCongress().retentionDays(900).create();
        String token = TestTokens.participant(UUID.randomUUID().toString());
        String kept = register(TestTokens.participant(UUID.randomUUID().toString()), longer);
        String id = register(token, unset);
        given().auth().oauth2(unset.organiser).queryParam("reason", "Mutation de Camille annoncée par son service")
                .delete("/api/registration/manage/registrations/{id}", id).then().statusCode(200);
        given().get("/api/registration/congresses/{id}/availability", unset.id).then().body("confirmed", equalTo(0));

        // six months after 25 June 2027
        privacy.anonymiseExpired(LocalDate.of(2027, 12, 25));
        given().auth().oauth2(token).get("/api/registration/me/registrations/{id}", id).then().statusCode(200)
                .body("anonymised", equalTo(false));
        assertThat(privacy.anonymiseExpired(LocalDate.of(2027, 12, 26))).isGreaterThanOrEqualTo(1);
        given().auth().oauth2(unset.organiser).get("/api/registration/manage/registrations/{id}", id).then()
                .statusCode(200).body("status", equalTo("CANCELLED")).body("anonymised", equalTo(true))
                .body("person", nullValue());
        given().auth().oauth2(unset.organiser).get("/api/registration/manage/registrations/{id}/cancel-reason", id)
                .then().statusCode(200).body("reason", nullValue());
        given().auth().oauth2(longer.organiser).get("/api/registration/manage/registrations/{id}", kept).then()
                .statusCode(200).body("anonymised", equalTo(false)).body("person.firstName", equalTo("Camille"));
        given().get("/api/registration/congresses/{id}/availability", longer.id).then().body("confirmed", equalTo(1));
        assertThat(privacy.anonymiseExpired(LocalDate.of(2027, 12, 26))).isZero();
    }
}
