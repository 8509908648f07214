package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** After publication: the closing moved later (never earlier, never once closed), and the survey shown in steps. */
@QuarkusTest
class SurveyLifecycleTest {

    private static final String BASE = "/api/evaluation/questionnaires";

    private final String organiser = TestTokens.organiser();
    private TestCongress congress;
    private String questionnaireId;

    @BeforeEach
    void openSurvey() {
        congress = new TestCongress().create();
        questionnaireId = Questionnaires.published(organiser, congress.id);
    }

    private OffsetDateTime closesAt(String id) {
        return OffsetDateTime.parse(given().auth().oauth2(organiser).when().get(BASE + "/{id}", id)
                .then().statusCode(200).extract().path("closesAt"));
    }

    @Test
    void anOpenSurveyIsExtendedToALaterClosingOnly() {
        OffsetDateTime before = closesAt(questionnaireId);
        OffsetDateTime later = before.plusDays(7).truncatedTo(ChronoUnit.SECONDS);
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("closesAt", later.toString()))
                .when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(200).body("state", is("OUVERT")).body("status", is("PUBLISHED"));
        OffsetDateTime extended = closesAt(questionnaireId);
        org.assertj.core.api.Assertions.assertThat(extended.toInstant()).isEqualTo(later.toInstant());

        // earlier than the current closing: refused on the field, nothing changed
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("closesAt", later.minusDays(1).toString()))
                .when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", is("closesAt"))
                .body("errors[0].message", containsString("doit suivre la clôture actuelle"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of())
                .when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("closesAt", "demain"))
                .when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(400).contentType("application/problem+json");
        org.assertj.core.api.Assertions.assertThat(closesAt(questionnaireId).toInstant())
                .isEqualTo(later.toInstant());

        // closed now, it cannot be extended any more
        given().auth().oauth2(organiser).when().post(BASE + "/{id}/close", questionnaireId)
                .then().statusCode(200).body("state", is("CLOS"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(Map.of("closesAt", later.plusDays(30).toString()))
                .when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", questionnaireId)
                .then().body("state", is("CLOS"));
    }

    @Test
    void aDraftIsNotExtendedAndOnlyOrganisersExtend() {
        String draft = Questionnaires.created(organiser, congress.id, Questionnaires.definition(),
                OffsetDateTime.now().minusDays(1), OffsetDateTime.now().plusDays(3));
        Map<String, String> body = Map.of("closesAt", OffsetDateTime.now(ZoneOffset.UTC).plusDays(60).toString());
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/{id}/extend", draft)
                .then().statusCode(409).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.participant(UUID.randomUUID().toString())).contentType(ContentType.JSON)
                .body(body).when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON)
                .body(body).when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(403);
        given().contentType(ContentType.JSON).body(body).when().post(BASE + "/{id}/extend", questionnaireId)
                .then().statusCode(401);
        given().auth().oauth2(TestTokens.admin()).contentType(ContentType.JSON).body(body)
                .when().post(BASE + "/{id}/extend", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void aStepShowsTheQuestionsTheTypedAnswersCallForAndSavesNothing() {
        Respondent r = new Respondent(congress, "PROFESSIONNEL");
        String token = r.token();
        String details = "sections[0].questions.find { it.id == 'details' }.visible";
        given().when().get("/api/evaluation/survey/{token}", token).then().body(details, is(false));
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("role", "AUTRE", "years", 4)))
                .when().post("/api/evaluation/survey/{token}/step", token)
                .then().statusCode(200).header("Cache-Control", "no-store")
                .body(details, is(true))
                .body("answers.role", is("AUTRE"));
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("role", "AGENT")))
                .queryParam("lang", "en")
                .when().post("/api/evaluation/survey/{token}/step", token)
                .then().statusCode(200).body(details, is(false)).body("language", is("en"));
        // answers of any shape are only compared, never refused here (the submission checks them)
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("role", Map.of("x", 1), "years", "sept")))
                .when().post("/api/evaluation/survey/{token}/step", token)
                .then().statusCode(200).body(details, is(false));
        // nothing was saved: no answers on the link, no response counted, still unanswered
        given().when().get("/api/evaluation/survey/{token}", token).then().statusCode(200)
                .body("answers.role", nullValue());
        given().auth().oauth2(organiser).when().get(BASE + "/{id}", questionnaireId)
                .then().body("responseCount", is(0));
        given().auth().oauth2(r.jwt).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200).body("answered", is(false));

        given().contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/evaluation/survey/{token}/step", token)
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/evaluation/survey/{token}/step", "inconnu")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of())).queryParam("lang", "de")
                .when().post("/api/evaluation/survey/{token}/step", token)
                .then().statusCode(400).contentType("application/problem+json");
    }
}
