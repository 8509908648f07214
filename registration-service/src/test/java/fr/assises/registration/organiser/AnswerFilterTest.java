package fr.assises.registration.organiser;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** The organisers filter registrations, their exports and their mailings on an answer to a custom question. */
@QuarkusTest
class AnswerFilterTest {

    static final String SEARCH = "/api/registration/congresses/{id}/manage/registrations";

    static Map<String, Object> question(String kind, String fr, List<String> choices) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("kind", kind);
        q.put("required", false);
        q.put("labelFr", fr);
        q.put("labelEn", fr + " (en)");
        q.put("choices", choices.stream().map(c -> Map.of("labelFr", c, "labelEn", c + " (en)")).toList());
        return q;
    }

    static void register(TestCongress congress, String last, Map<String, Object> answers) {
        Map<String, Object> body = congress.registration();
        Map<String, Object> person = TestCongress.person("Alix", last);
        person.put("email", last.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@exemple.test");
        body.put("person", person);
        body.put("answers", answers);
        given().auth().oauth2(TestTokens.participant()).contentType(ContentType.JSON).body(body)
                .post("/api/registration/congresses/{id}/registrations", congress.id).then().statusCode(201);
    }

    @Test
    void aChoiceOrOneOfSeveralChoicesFiltersTheSearchTheExportAndTheMailing() {
        TestCongress congress = new TestCongress().create();
        List<String> ids = given().auth().oauth2(congress.organiser).contentType(ContentType.JSON)
                .body(Map.of("questions", List.of(question("SINGLE_CHOICE", "Transport", List.of("Train", "Voiture")),
                        question("MULTIPLE_CHOICE", "Thèmes", List.of("Mobilité", "Alimentation")),
                        question("YES_NO", "Première fois ?", List.of()))))
                .put("/api/registration/congresses/{id}/settings/questions", congress.id).then().statusCode(200)
                .extract().jsonPath().getList("id", String.class);
        String transport = ids.get(0);
        String themes = ids.get(1);
        String first = ids.get(2);
        register(congress, "Train", Map.of(transport, "C1", themes, List.of("C1", "C2"), first, true));
        register(congress, "Voiture", Map.of(transport, "C2", themes, List.of("C2"), first, false));
        register(congress, "Muet", Map.of());

        given().auth().oauth2(congress.organiser).queryParam("question", transport).queryParam("answer", "C1")
                .get(SEARCH, congress.id).then().statusCode(200).body("total", equalTo(1))
                .body("items.person.lastName", contains("Train"));
        given().auth().oauth2(congress.organiser).queryParam("question", themes).queryParam("answer", "C2")
                .get(SEARCH, congress.id).then().body("total", equalTo(2));
        given().auth().oauth2(congress.organiser).queryParam("question", first).queryParam("answer", "false")
                .get(SEARCH, congress.id).then().body("items.person.lastName", contains("Voiture"));
        given().auth().oauth2(congress.organiser).queryParam("question", transport).queryParam("answer", "C1")
                .get("/api/registration/congresses/{id}/manage/exports/participants.csv", congress.id).then()
                .statusCode(200).body(containsString("Train")).body(not(containsString("Voiture")));
        Map<String, Object> mailing = new LinkedHashMap<>();
        mailing.put("subject", "Covoiturage");
        mailing.put("text", "Bonjour {prénom}");
        mailing.put("question", transport);
        mailing.put("answer", "C2");
        given().auth().oauth2(congress.organiser).contentType(ContentType.JSON).body(mailing)
                .post("/api/registration/congresses/{id}/manage/mailings/preview", congress.id).then()
                .statusCode(200).body("recipients", equalTo(1)).body("sampleName", equalTo("Alix Voiture"));

        given().auth().oauth2(congress.organiser).queryParam("question", "pas-un-uuid").queryParam("answer", "C1")
                .get(SEARCH, congress.id).then().statusCode(404);
        given().auth().oauth2(congress.organiser).queryParam("question", transport)
                .queryParam("answer", "x".repeat(201)).get(SEARCH, congress.id).then().statusCode(400)
                .contentType("application/problem+json");
        given().auth().oauth2(TestTokens.partner()).queryParam("question", transport).queryParam("answer", "C1")
                .get(SEARCH, congress.id).then().statusCode(403);
    }
}
