package fr.assises.evaluation.support;

import static io.restassured.RestAssured.given;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restassured.http.ContentType;

/** Questionnaire bodies for tests: one question of every type, a condition, a complete preamble. */
public final class Questionnaires {

    private Questionnaires() {
    }

    public static Map<String, Object> label(String fr) {
        return Map.of("fr", fr);
    }

    public static Map<String, Object> preamble() {
        return Map.of("purpose", label("Améliorer les prochaines éditions."),
                "use", label("Les résultats agrégés sont présentés au comité d'organisation."),
                "anonymity", label("Vos réponses ne sont reliées ni à votre nom ni à votre inscription."));
    }

    public static Map<String, Object> question(String id, String type, boolean required) {
        Map<String, Object> q = new LinkedHashMap<>();
        q.put("id", id);
        q.put("type", type);
        q.put("label", label("Question " + id));
        q.put("required", required);
        return q;
    }

    public static List<Map<String, Object>> choices(String... codes) {
        return java.util.Arrays.stream(codes).map(c -> Map.<String, Object>of("code", c, "label", label("Choix " + c)))
                .toList();
    }

    /** Every question type; {@code details} is shown only when {@code role} is "AUTRE". */
    public static Map<String, Object> definition() {
        Map<String, Object> role = question("role", "SINGLE_CHOICE", true);
        role.put("options", choices("AGENT", "ELU", "AUTRE"));
        Map<String, Object> details = question("details", "SHORT_TEXT", true);
        details.put("showWhen", Map.of("questionId", "role", "equals", "AUTRE"));
        Map<String, Object> topics = question("topics", "MULTIPLE_CHOICE", false);
        topics.put("options", choices("RESEAU", "METHODES", "FINANCEMENT", "OUTILS"));
        topics.put("maxSelections", 3);
        Map<String, Object> overall = question("overall", "LIKERT", true);
        Map<String, Object> debates = question("debates", "SITUATION_SATISFACTION", false);
        debates.put("options", choices("RICHES", "CONVENUS", "ABSENTS"));
        Map<String, Object> years = question("years", "NUMBER", false);
        years.put("min", 0);
        years.put("max", 50);
        Map<String, Object> sessions = question("sessions", "SESSION_RATING", false);
        Map<String, Object> threeC = question("threec", "THREE_C", false);
        Map<String, Object> comment = question("comment", "LONG_TEXT", false);
        comment.put("maxLength", 500);
        return Map.of("preamble", preamble(), "sections", List.of(
                Map.of("id", "profil", "title", label("Votre situation"), "questions", List.of(role, details, years)),
                Map.of("id", "avis", "title", label("Votre avis"),
                        "questions", List.of(topics, overall, debates, sessions, threeC, comment))));
    }

    public static Map<String, Object> create(Object congressId, Map<String, Object> definition, OffsetDateTime opens,
            OffsetDateTime closes) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("congressId", congressId.toString());
        body.put("title", "Enquête de satisfaction");
        body.put("definition", definition);
        if (opens != null) {
            body.put("opensAt", opens.toString());
            body.put("closesAt", closes.toString());
        }
        return body;
    }

    /** Creates the questionnaire as an organiser and returns its id. */
    public static String created(String organiser, Object congressId, Map<String, Object> definition,
            OffsetDateTime opens, OffsetDateTime closes) {
        return given().auth().oauth2(organiser).contentType(ContentType.JSON)
                .body(create(congressId, definition, opens, closes))
                .when().post("/api/evaluation/questionnaires")
                .then().statusCode(201).extract().path("id");
    }

    /** Creates and publishes a questionnaire open from yesterday to next month. */
    public static String published(String organiser, Object congressId) {
        String id = created(organiser, congressId, definition(), OffsetDateTime.now().minusDays(1),
                OffsetDateTime.now().plusDays(30));
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/publish", id)
                .then().statusCode(200);
        return id;
    }

    /** Closes a questionnaire now: its remaining responses are then published, whatever their number. */
    public static void close(String organiser, Object id) {
        given().auth().oauth2(organiser).when().post("/api/evaluation/questionnaires/{id}/close", id)
                .then().statusCode(200);
    }
}
