package fr.assises.programme;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fr.assises.common.test.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/** Builds each test's own congress through the real API: random slugs, no shared state between tests. */
public final class Fixtures {

    public static final String BASE = "/api/programme/congresses";
    public static final String PUBLIC = "/api/programme/public/congresses";
    public static final String ORGANISER = TestTokens.organiser();

    private Fixtures() {
    }

    public static RequestSpecification organiser() {
        return given().auth().oauth2(ORGANISER).contentType(ContentType.JSON);
    }

    public static String slug() {
        return "test-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** 24 June 2027 (CEST, +02:00) at hh:mm. */
    public static String d1(String time) {
        return "2027-06-24T" + time + ":00+02:00";
    }

    public static String d2(String time) {
        return "2027-06-25T" + time + ":00+02:00";
    }

    public static Map<String, Object> congressBody(String slug) {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Congrès de test " + slug);
        body.put("slug", slug);
        body.put("startDate", "2027-06-24");
        body.put("endDate", "2027-06-25");
        body.put("venue", "Centre des congrès de Valbonne-sur-Loire");
        body.put("timeZone", "Europe/Paris");
        body.put("halfDays", new ArrayList<>(List.of(
                Map.of("start", d1("09:00"), "end", d1("12:30")),
                Map.of("start", d1("14:00"), "end", d1("18:00")),
                Map.of("start", d2("09:00"), "end", d2("12:30")),
                Map.of("start", d2("14:00"), "end", d2("17:00")))));
        return body;
    }

    public static String createCongress() {
        return createCongress(slug());
    }

    public static String createCongress(String slug) {
        return organiser().body(congressBody(slug)).when().post(BASE)
                .then().statusCode(201).extract().path("id");
    }

    /** An announced congress: the public API shows OPEN and ARCHIVED congresses only, never a DRAFT. */
    public static String createOpenCongress() {
        Map<String, Object> body = congressBody(slug());
        body.put("status", "OPEN");
        return organiser().body(body).when().post(BASE)
                .then().statusCode(201).extract().path("id");
    }

    public static String createRoom(String congressId, String name, int capacity) {
        return organiser().body(Map.of("name", name, "capacity", capacity, "accessible", true))
                .when().post(BASE + "/" + congressId + "/rooms")
                .then().statusCode(201).extract().path("id");
    }

    public static String createTheme(String congressId, String code, String name) {
        return organiser().body(Map.of("code", code, "name", name))
                .when().post(BASE + "/" + congressId + "/themes")
                .then().statusCode(201).extract().path("id");
    }

    public static String createSpeaker(String congressId, String name, boolean consent) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", name);
        body.put("organisation", "Agence fictive de développement");
        body.put("role", "Chargée de mission");
        body.put("bio", "Biographie courte.");
        body.put("publicConsent", consent);
        body.put("email", "intervenant@example.test");
        body.put("phone", "+33 1 00 00 00 00");
        return organiser().body(body).when().post(BASE + "/" + congressId + "/speakers")
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> session(String kind, String title, String start, String end, String roomId) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("description", "Description de " + title);
        body.put("start", start);
        body.put("end", end);
        if (roomId != null) {
            body.put("roomId", roomId);
        }
        return body;
    }

    public static String createSession(String congressId, Map<String, Object> body) {
        return organiser().body(body).when().post(BASE + "/" + congressId + "/sessions")
                .then().statusCode(201).extract().path("id");
    }

    public static int publish(String congressId) {
        return organiser().when().post(BASE + "/" + congressId + "/releases")
                .then().statusCode(201).extract().path("number");
    }

    public static String slugOf(String congressId) {
        return organiser().when().get(BASE + "/" + congressId).then().statusCode(200).extract().path("slug");
    }
}
