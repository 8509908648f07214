package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.Questionnaires;
import fr.assises.evaluation.support.Respondent;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Indicators from each source against their target, with their status. */
@QuarkusTest
class IndicatorTest {

    private final String organiser = TestTokens.organiser();

    @Test
    void eachSourceGivesItsValueAndStatus() {
        TestCongress congress = new TestCongress().create();
        String questionnaire = Questionnaires.published(organiser, congress.id);
        String registrations = create(congress, indicator("Participants inscrits", "REGISTRATIONS", 5));
        String checkIns = create(congress, indicator("Participants présents", "CHECK_INS", 100));
        Map<String, Object> rate = indicator("Taux de réponse", "RESPONSE_RATE", 50);
        rate.put("questionnaireId", questionnaire);
        create(congress, rate);
        Map<String, Object> satisfaction = indicator("Participants satisfaits", "SURVEY_QUESTION", 80);
        satisfaction.put("questionnaireId", questionnaire);
        satisfaction.put("questionId", "overall");
        satisfaction.put("satisfiedValues", List.of("3", "4"));
        create(congress, satisfaction);
        Map<String, Object> debates = indicator("Qualité des débats", "SURVEY_QUESTION", 90);
        debates.put("questionnaireId", questionnaire);
        debates.put("questionId", "debates");
        create(congress, debates);
        Map<String, Object> networks = indicator("Réseaux ayant relayé l'événement", "MANUAL", 10);
        networks.put("unit", "réseaux");
        String manual = create(congress, networks);

        given().auth().oauth2(TestTokens.partner()).when()
                .get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().statusCode(200)
                .body("label", contains("Participants inscrits", "Participants présents", "Taux de réponse",
                        "Participants satisfaits", "Qualité des débats", "Réseaux ayant relayé l'événement"))
                .body("status", contains("NON_ATTEINT", "NON_ATTEINT", "EN_ATTENTE", "EN_ATTENTE", "EN_ATTENTE",
                        "EN_ATTENTE"))
                .body("[3].value", nullValue());

        for (int i = 0; i < 5; i++) {
            Respondent r = new Respondent(congress, "PROFESSIONNEL");
            r.answer(r.token(), r.full()).statusCode(200);
        }
        Respondent lukewarm = new Respondent(congress, "ELU");
        Map<String, Object> answers = Respondent.minimal();
        answers.put("overall", 2);
        answers.put("debates", Map.of("situation", "CONVENUS", "satisfying", false));
        lukewarm.answer(lukewarm.token(), answers).statusCode(200);
        new Respondent(congress, "ELU");
        // indicators read the published responses, like the results: closing publishes the sixth
        Questionnaires.close(organiser, questionnaire);

        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("value", 12))
                .when().put("/api/evaluation/indicators/{id}/value", manual)
                .then().statusCode(200).body("status", is("ATTEINT"));
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().statusCode(200)
                .body("value", contains(7, 7, 85.7f, 83.3f, 83.3f, 12.0f))
                .body("status", contains("ATTEINT", "NON_ATTEINT", "ATTEINT", "ATTEINT", "NON_ATTEINT", "ATTEINT"))
                .body("[1].unit", is("participants"))
                .body("[3].unit", is("%"));

        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(Map.of("value", 3))
                .when().put("/api/evaluation/indicators/{id}/value", registrations)
                .then().statusCode(422).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().delete("/api/evaluation/indicators/{id}", checkIns)
                .then().statusCode(204);
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().body("$", hasSize(5));
    }

    @Test
    void badDefinitionsAreRefusedAndNothingIsSaved() {
        TestCongress congress = new TestCongress().create();
        String questionnaire = Questionnaires.published(organiser, congress.id);
        List<Map<String, Object>> bad = List.of(
                with(indicator("Q", "SURVEY_QUESTION", 80), Map.of("questionnaireId", questionnaire,
                        "questionId", "nope", "satisfiedValues", List.of("1"))),
                with(indicator("Q", "SURVEY_QUESTION", 80), Map.of("questionnaireId", questionnaire,
                        "questionId", "comment", "satisfiedValues", List.of("1"))),
                with(indicator("Q", "SURVEY_QUESTION", 80), Map.of("questionnaireId", questionnaire,
                        "questionId", "overall", "satisfiedValues", List.of("9"))),
                with(indicator("Q", "SURVEY_QUESTION", 80), Map.of("questionnaireId", questionnaire,
                        "questionId", "overall")),
                with(indicator("Q", "SURVEY_QUESTION", 80), Map.of("questionnaireId", UUID.randomUUID().toString(),
                        "questionId", "overall", "satisfiedValues", List.of("4"))),
                with(indicator("R", "RESPONSE_RATE", 50), Map.of()),
                indicator("Négatif", "MANUAL", -1),
                indicator("", "CHECK_INS", 1),
                indicator("Source inconnue", "LIKES", 1));
        for (Map<String, Object> body : bad) {
            given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body)
                    .when().post("/api/evaluation/congresses/{id}/indicators", congress.id)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        Map<String, Object> noTarget = indicator("Sans cible", "CHECK_INS", 1);
        noTarget.remove("target");
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(noTarget)
                .when().post("/api/evaluation/congresses/{id}/indicators", congress.id).then().statusCode(400);
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(indicator("X", "CHECK_INS", 1))
                .when().post("/api/evaluation/congresses/{id}/indicators", UUID.randomUUID()).then().statusCode(404);
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().body("$", hasSize(0));
    }

    @Test
    void partnersReadButOnlyOrganisersDefine() {
        TestCongress congress = new TestCongress().create();
        String id = create(congress, indicator("Présents", "CHECK_INS", 10));
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(indicator("X", "CHECK_INS", 1))
                .when().post("/api/evaluation/congresses/{id}/indicators", congress.id).then().statusCode(403);
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(Map.of("value", 1))
                .when().put("/api/evaluation/indicators/{id}/value", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).when()
                .get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().statusCode(403).contentType("application/problem+json");
        given().when().get("/api/evaluation/congresses/{id}/indicators", congress.id).then().statusCode(401);
        given().auth().oauth2(TestTokens.partner()).when().delete("/api/evaluation/indicators/{id}", id)
                .then().statusCode(403);
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().body("id", contains(id));
    }

    @Test
    void anIndicatorIsEditedWholeAndABadEditChangesNothing() {
        TestCongress congress = new TestCongress().create();
        String questionnaire = Questionnaires.published(organiser, congress.id);
        Map<String, Object> relays = with(indicator("Réseaux relais", "MANUAL", 10),
                Map.of("unit", "réseaux", "manualValue", 4, "dueDate", "2027-07-01"));
        String id = create(congress, relays);

        Map<String, Object> edited = with(indicator("Réseaux ayant relayé l'événement", "MANUAL", 8),
                Map.of("unit", "réseaux", "manualValue", 9, "dueDate", "2027-09-30"));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(edited)
                .when().put("/api/evaluation/indicators/{id}", id)
                .then().statusCode(200).body("label", is("Réseaux ayant relayé l'événement"))
                .body("value", is(9)).body("target", is(8)).body("status", is("ATTEINT"))
                .body("dueDate", is("2027-09-30")).body("position", is(0));

        List<Map<String, Object>> bad = List.of(
                with(indicator("Satisfaction", "SURVEY_QUESTION", 80), Map.of("questionnaireId", questionnaire,
                        "questionId", "overall", "satisfiedValues", List.of("9"))),
                with(indicator("Taux", "RESPONSE_RATE", 50), Map.of()),
                indicator("Cible négative", "MANUAL", -3),
                indicator(" ", "MANUAL", 3));
        for (Map<String, Object> body : bad) {
            given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body)
                    .when().put("/api/evaluation/indicators/{id}", id)
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", org.hamcrest.Matchers.notNullValue());
        }
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().body("label", contains("Réseaux ayant relayé l'événement")).body("[0].value", is(9.0f))
                .body("[0].source", is("MANUAL"));

        // from a typed value to a measured one: the source's settings replace the manual value
        Map<String, Object> measured = with(indicator("Satisfaction générale", "SURVEY_QUESTION", 75),
                Map.of("questionnaireId", questionnaire, "questionId", "overall", "satisfiedValues",
                        List.of("3", "4"), "manualValue", 50));
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(measured)
                .when().put("/api/evaluation/indicators/{id}", id)
                .then().statusCode(200).body("source", is("SURVEY_QUESTION")).body("unit", is("%"))
                .body("value", nullValue()).body("status", is("EN_ATTENTE"))
                .body("satisfiedValues", contains("3", "4"));

        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(edited)
                .when().put("/api/evaluation/indicators/{id}", id).then().statusCode(403);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(edited)
                .when().put("/api/evaluation/indicators/{id}", id).then().statusCode(403);
        given().auth().oauth2(organiser).contentType(ContentType.JSON).body(edited)
                .when().put("/api/evaluation/indicators/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType("application/problem+json");
        given().auth().oauth2(organiser).when().get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().body("[0].label", is("Satisfaction générale"));
    }

    private String create(TestCongress congress, Map<String, Object> body) {
        return given().auth().oauth2(organiser).contentType(ContentType.JSON).body(body)
                .when().post("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> indicator(String label, String source, Number target) {
        Map<String, Object> body = new HashMap<>();
        body.put("label", label);
        body.put("source", source);
        body.put("target", target);
        return body;
    }

    private static Map<String, Object> with(Map<String, Object> body, Map<String, Object> more) {
        body.putAll(more);
        return body;
    }
}
