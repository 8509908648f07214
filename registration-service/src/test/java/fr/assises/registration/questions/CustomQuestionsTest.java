package fr.assises.registration.questions;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.PublishedEvents;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

@QuarkusTest
class CustomQuestionsTest {

    static final String QUESTIONS = "/api/registration/congresses/{id}/settings/questions";
    static final String REGISTER = "/api/registration/congresses/{id}/registrations";

    static Map<String, Object> question(String kind, boolean required, String fr, String en, List<String> choices) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("kind", kind);
        q.put("required", required);
        q.put("labelFr", fr);
        q.put("labelEn", en);
        q.put("choices", choices.stream().map(c -> Map.of("labelFr", c, "labelEn", c + " (en)")).toList());
        return q;
    }

    /** Seven questions, one of each kind; returns their ids in order. */
    static List<String> sevenQuestions(TestCongress congress) {
        List<Map<String, Object>> questions = List.of(
                question("SHORT_TEXT", true, "Nom de votre réseau", "Your network", List.of()),
                question("LONG_TEXT", false, "Vos attentes", "Your expectations", List.of()),
                question("SINGLE_CHOICE", true, "Transport", "Travel", List.of("Train", "Voiture", "Vélo")),
                question("MULTIPLE_CHOICE", false, "Thèmes", "Themes", List.of("Mobilité", "Alimentation")),
                question("YES_NO", true, "Première participation ?", "First time?", List.of()),
                question("NUMBER", false, "Années d'expérience", "Years of experience", List.of()),
                question("DATE", false, "Date d'arrivée", "Arrival date", List.of()));
        return given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("questions", questions)).put(QUESTIONS, congress.id).then().statusCode(200)
                .body("kind", contains("SHORT_TEXT", "LONG_TEXT", "SINGLE_CHOICE", "MULTIPLE_CHOICE", "YES_NO",
                        "NUMBER", "DATE"))
                .body("[2].choices.code", contains("C1", "C2", "C3"))
                .extract().jsonPath().getList("id", String.class);
    }

    @Test
    void organisersDefineOrderedQuestionsShownInThePublicSettings() {
        TestCongress congress = new TestCongress().create();
        List<String> ids = sevenQuestions(congress);
        given().get("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200)
                .body("questions.labelFr", hasItem("Transport"))
                .body("questions[0].position", equalTo(1))
                .body("questions[2].choices[1].labelEn", equalTo("Voiture (en)"));

        // reorder (transport first), reword, delete all the others: ids kept for those sent back
        Map<String, Object> transport = question("SINGLE_CHOICE", false, "Moyen de transport", "Travel",
                List.of("Train", "Voiture"));
        transport.put("id", ids.get(2));
        Map<String, Object> network = question("SHORT_TEXT", true, "Nom de votre réseau", "Your network", List.of());
        network.put("id", ids.get(0));
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(transport, network))).put(QUESTIONS, congress.id).then()
                .statusCode(200).body("id", contains(ids.get(2), ids.get(0)))
                .body("labelFr", contains("Moyen de transport", "Nom de votre réseau"));
    }

    @Test
    void badQuestionsAreProblemsAndChangeNothing() {
        TestCongress congress = new TestCongress().create();
        sevenQuestions(congress);
        List<Map<String, Object>> bad = List.of(
                question("SINGLE_CHOICE", true, "Un seul choix", "One", List.of("Seul")),
                question("YES_NO", true, "Oui ?", "Yes?", List.of("Oui", "Non")),
                question("SHORT_TEXT", true, "", "Empty", List.of()),
                question("COULEUR", true, "Type inconnu", "Unknown", List.of()),
                question("MULTIPLE_CHOICE", true, "Doublon", "Twice", List.of("A", "a")));
        for (Map<String, Object> q : bad) {
            given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                    .body(Map.of("questions", List.of(q))).put(QUESTIONS, congress.id).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", containsString("questions[0]"));
        }
        Map<String, Object> stranger = question("SHORT_TEXT", true, "Étrangère", "Foreign", List.of());
        stranger.put("id", java.util.UUID.randomUUID().toString());
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(stranger))).put(QUESTIONS, congress.id).then().statusCode(400)
                .body("errors[0].field", equalTo("questions[0].id"));
        given().get(QUESTIONS, congress.id).then().body("size()", equalTo(7));
    }

    @Test
    void onlyOrganisersDefineQuestions() {
        TestCongress congress = new TestCongress().create();
        Map<String, Object> body = Map.of("questions", List.of());
        given().contentType(ContentType.JSON).body(body).put(QUESTIONS, congress.id).then().statusCode(401);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body)
                .put(QUESTIONS, congress.id).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).contentType(ContentType.JSON).body(body)
                .put(QUESTIONS, congress.id).then().statusCode(403);
    }

    @Test
    void answersAreCheckedByKindAndNameTheQuestion() {
        TestCongress congress = new TestCongress().create();
        List<String> ids = sevenQuestions(congress);
        String participant = TestTokens.participant();
        // required question left out
        Map<String, Object> body = congress.registration();
        body.put("answers", Map.of(ids.get(0), "Réseau rural", ids.get(2), "C1"));
        refused(participant, congress, body, ids.get(4), "Première participation ? » : réponse obligatoire");
        // wrong kinds and unknown choices
        List<Map<String, Object>> wrong = List.of(
                Map.of(ids.get(2), "C9"),
                Map.of(ids.get(3), List.of("C1", "C7")),
                Map.of(ids.get(4), "peut-être"),
                Map.of(ids.get(5), "beaucoup"),
                Map.of(ids.get(6), "24/06/2027"),
                Map.of(ids.get(0), "x".repeat(201)));
        for (Map<String, Object> one : wrong) {
            Map<String, Object> answers = new LinkedHashMap<>(valid(ids));
            answers.putAll(one);
            body.put("answers", answers);
            refused(participant, congress, body, one.keySet().iterator().next(), "»");
        }
        Map<String, Object> unknown = new LinkedHashMap<>(valid(ids));
        unknown.put(java.util.UUID.randomUUID().toString(), "?");
        body.put("answers", unknown);
        given().auth().oauth2(participant).contentType(ContentType.JSON).body(body).post(REGISTER, congress.id)
                .then().statusCode(400).body("errors[0].message", equalTo("question inconnue"));
        given().auth().oauth2(participant).get("/api/registration/me/registrations").then().body("size()",
                equalTo(0));

        body.put("answers", valid(ids));
        Response created = given().auth().oauth2(participant).contentType(ContentType.JSON).body(body)
                .post(REGISTER, congress.id);
        created.then().statusCode(201)
                .body("answers.\'" + ids.get(0) + "\'", equalTo("Réseau des cafés ruraux"))
                .body("answers.\'" + ids.get(3) + "\'", contains("C1", "C2"))
                .body("answers.\'" + ids.get(4) + "\'", equalTo(true))
                .body("answers.\'" + ids.get(5) + "\'", equalTo(12))
                .body("answers.\'" + ids.get(6) + "\'", equalTo("2027-06-23"))
                .body("answers.\'" + ids.get(1) + "\'", nullValue());
        String id = created.jsonPath().getString("id");
        // the organiser's detail returns them
        given().auth().oauth2(congress.organiser).get("/api/registration/manage/registrations/{id}", id).then()
                .statusCode(200).body("answers.\'" + ids.get(2) + "\'", equalTo("C1"));
        // a change that breaks a required answer is refused, and the answers stay
        given().auth().oauth2(participant).contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of(ids.get(0), "Autre réseau")))
                .put("/api/registration/me/registrations/{id}", id).then().statusCode(400)
                .body("errors.field", hasItem("answers." + ids.get(2)));
        given().auth().oauth2(participant).get("/api/registration/me/registrations/{id}", id).then()
                .body("answers.\'" + ids.get(0) + "\'", equalTo("Réseau des cafés ruraux"));

        // never in the events: neither the words, nor the question ids, nor an answers member
        for (ConsumerRecord<String, String> event : PublishedEvents.of(id, 1)) {
            assertThat(event.value()).doesNotContain("Réseau des cafés ruraux").doesNotContain("answers")
                    .doesNotContain(ids.get(0)).doesNotContain(ids.get(3));
        }
    }

    private static Map<String, Object> valid(List<String> ids) {
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put(ids.get(0), "  Réseau des cafés ruraux ");
        answers.put(ids.get(1), "");
        answers.put(ids.get(2), "C1");
        answers.put(ids.get(3), List.of("C1", "C2"));
        answers.put(ids.get(4), true);
        answers.put(ids.get(5), "12");
        answers.put(ids.get(6), "2027-06-23");
        return answers;
    }

    private static void refused(String token, TestCongress congress, Map<String, Object> body, String questionId,
            String message) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(REGISTER, congress.id).then()
                .statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("answers." + questionId))
                .body("errors.find { it.field == 'answers." + questionId + "' }.message", containsString(message));
    }
}
