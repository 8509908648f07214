package fr.assises.registration.catering;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Meal counts frozen for the caterer, then every later change listed against the snapshot. */
@QuarkusTest
class CateringFreezeTest {

    static final String PATH = "/api/registration/congresses/{id}/manage/catering";

    static String register(TestCongress congress, String token, String last) {
        Map<String, Object> body = congress.registration();
        body.put("person", TestCongress.person("Noé", last));
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id)
                .then().statusCode(201).extract().path("id");
    }

    static JsonPath view(TestCongress congress) {
        return given().auth().oauth2(congress.organiser).get(PATH, congress.id).then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void aCancellationAndTheAutomaticPromotionItCausesAreListedAgainstTheSnapshot() {
        TestCongress congress = new TestCongress().total(3).meals(3).create();
        String annie = TestTokens.participant(UUID.randomUUID().toString());
        String annieId = register(congress, annie, "Lemaire");
        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "Perrin");
        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "Roux");
        String waitingId = register(congress, TestTokens.participant(UUID.randomUUID().toString()), "Vasseur");
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/registrations/{id}", waitingId)
                .then().body("status", equalTo("WAITLISTED"));

        // before any freeze: current counts only, and no caterer file yet
        JsonPath before = view(congress);
        assertThat(before.getString("snapshot")).isNull();
        assertThat(before.getInt("meals.find { it.sessionId == '" + congress.lunch1 + "' }.confirmed")).isEqualTo(3);
        given().auth().oauth2(congress.organiser).get(PATH + "/late-changes.csv", congress.id).then()
                .statusCode(404).contentType("application/problem+json");

        given().auth().oauth2(congress.organiser).post(PATH + "/snapshots", congress.id).then().statusCode(201)
                .header("Location", org.hamcrest.Matchers.endsWith("/manage/catering"))
                .body("snapshot.takenBy", equalTo("ORGANISER")).body("lateChanges", org.hamcrest.Matchers.empty());
        JsonPath frozen = view(congress);
        String lunch = "meals.find { it.sessionId == '" + congress.lunch1 + "' }";
        assertThat(frozen.getInt(lunch + ".frozenConfirmed")).isEqualTo(3);
        assertThat(frozen.getInt(lunch + ".frozenWaitlisted")).isEqualTo(1);
        assertThat(frozen.getInt(lunch + ".frozenSpecialDiets")).isEqualTo(3);
        assertThat(frozen.getString("snapshot.takenAt")).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}");

        // the first confirmed person cancels: the waiting one is promoted automatically and takes the meal
        given().auth().oauth2(annie).delete("/api/registration/me/registrations/{id}", annieId).then().statusCode(200);
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/registrations/{id}", waitingId)
                .then().body("status", equalTo("CONFIRMED"));

        JsonPath after = view(congress);
        List<Map<String, Object>> changes = after.getList("lateChanges");
        assertThat(changes).hasSize(2);
        assertThat(changes).anySatisfy(c -> assertThat(c).containsEntry("registrationId", annieId)
                .containsEntry("delta", -1).containsEntry("reason", "CANCELLED")
                .containsEntry("sessionId", congress.lunch1.toString()));
        assertThat(changes).anySatisfy(c -> assertThat(c).containsEntry("registrationId", waitingId)
                .containsEntry("delta", 1).containsEntry("reason", "PROMOTED")
                .containsEntry("dietaryNeeds", "végétarien"));
        assertThat(after.getInt(lunch + ".frozenConfirmed")).isEqualTo(3);
        assertThat(after.getInt(lunch + ".confirmed")).isEqualTo(3);
        assertThat(after.getInt(lunch + ".added")).isEqualTo(1);
        assertThat(after.getInt(lunch + ".removed")).isEqualTo(1);

        // the caterer's file: the changes, without names
        String csv = given().auth().oauth2(congress.organiser).get(PATH + "/late-changes.csv", congress.id)
                .then().statusCode(200).contentType("text/csv").extract().asString();
        assertThat(csv).startsWith("\uFEFF\"Repas\";\"Date du repas\";\"Variation\";\"Motif\"")
                .contains("\"Déjeuner du 24 juin\";\"24/06/2027 12:00\";\"-1\";\"Inscription annulée\"")
                .contains("\"Déjeuner du 24 juin\";\"24/06/2027 12:00\";\"1\";\"Place libérée")
                .contains("Place libérée : sortie de la liste d'attente")
                .doesNotContain("Lemaire").doesNotContain("Vasseur").doesNotContain("Noé");

        // a new snapshot becomes the reference: nothing is late against it
        given().auth().oauth2(TestTokens.admin()).post(PATH + "/snapshots", congress.id).then().statusCode(201);
        assertThat(view(congress).getList("lateChanges")).isEmpty();
    }

    @Test
    void theFreezeDateFreezesTheCountsOnceByTheScheduledJob() {
        TestCongress congress = new TestCongress().freezeAt(OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(1))
                .create();
        register(congress, TestTokens.participant(UUID.randomUUID().toString()), "Marchal");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SCHEDULE".equals(view(congress).getString(
                "snapshot.takenBy")));
        String takenAt = view(congress).getString("snapshot.takenAt");
        assertThat(view(congress).getString("freezeAt")).isNotNull();
        // later periods find it frozen since the freeze date and take no other snapshot
        await().pollDelay(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(10))
                .until(() -> takenAt.equals(view(congress).getString("snapshot.takenAt")));
        // the job may have run before Marchal's registration or after it (its first run comes 10 s after the
        // start, whatever the test is doing): either way, Marchal is in the frozen counts or among the late changes
        JsonPath frozen = view(congress);
        String lunch = "meals.find { it.sessionId == '" + congress.lunch1 + "' }";
        int before = frozen.getList("lateChanges").size();
        assertThat(frozen.getInt(lunch + ".frozenConfirmed") + before).isEqualTo(1);
        String gauthier = register(congress, TestTokens.participant(UUID.randomUUID().toString()), "Gauthier");
        List<Map<String, Object>> late = view(congress).getList("lateChanges");
        assertThat(late).hasSize(before + 1).anySatisfy(c -> assertThat(c).containsEntry("registrationId", gauthier)
                .containsEntry("reason", "NEW_REGISTRATION").containsEntry("delta", 1));
    }

    @Test
    void wrongRolesAndUnknownCongressesAreRefusedAndFreezeNothing() {
        TestCongress congress = new TestCongress().create();
        String participant = TestTokens.participant(UUID.randomUUID().toString());
        given().auth().oauth2(participant).post(PATH + "/snapshots", congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).get(PATH, congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).get(PATH + "/late-changes.csv", congress.id).then()
                .statusCode(403);
        given().post(PATH + "/snapshots", congress.id).then().statusCode(401);
        given().auth().oauth2(congress.organiser).post(PATH + "/snapshots", UUID.randomUUID()).then()
                .statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(congress.organiser).post("/api/registration/congresses/pas-un-id/manage/catering/snapshots")
                .then().statusCode(404);
        given().auth().oauth2(congress.organiser).get(PATH, congress.id).then().statusCode(200)
                .body("snapshot", nullValue());
    }
}
