package fr.assises.evaluation.support;

import static io.restassured.RestAssured.given;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.assises.common.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** A checked-in participant of a test congress who asks for their personal link and answers with it. */
public final class Respondent {

    public final String participantId = UUID.randomUUID().toString();
    public final String jwt = TestTokens.participant(participantId);
    private final TestCongress congress;

    public Respondent(TestCongress congress, String category) {
        this.congress = congress;
        congress.checkIn(participantId, category);
    }

    /** A fresh personal link's token. */
    public String token() {
        return given().auth().oauth2(jwt).when().get("/api/evaluation/congresses/{id}/my-survey", congress.id)
                .then().statusCode(200).extract().path("token");
    }

    public ValidatableResponse answer(String token, Map<String, Object> answers) {
        return given().contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().put("/api/evaluation/survey/{token}/response", token).then();
    }

    /** The two required answers only. */
    public static Map<String, Object> minimal() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("role", "AGENT");
        a.put("overall", 3);
        return a;
    }

    /** An answer to every question of {@link Questionnaires#definition()}. */
    public Map<String, Object> full() {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("role", "AUTRE");
        a.put("details", "Chargée de mission");
        a.put("years", 7);
        a.put("topics", List.of("RESEAU", "OUTILS"));
        a.put("overall", 4);
        a.put("debates", Map.of("situation", "RICHES", "satisfying", true));
        a.put("sessions", Map.of(congress.plenary.toString(), 4, congress.workshopA.toString(), 3));
        a.put("threec", Map.of("conserver", List.of("Les ateliers courts"), "creer", List.of("Un temps d'échange")));
        a.put("comment", "  Très utile pour mon territoire.  ");
        return a;
    }
}
