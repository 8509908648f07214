package fr.assises.programme.congress;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.PUBLIC;
import static fr.assises.programme.Fixtures.congressBody;
import static fr.assises.programme.Fixtures.d1;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.slug;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.programme.Fixtures;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CongressApiTest {

    @Test
    void createReadUpdateAndListPublicly() {
        String slug = slug();
        String id = organiser().body(congressBody(slug)).when().post(BASE)
                .then().statusCode(201)
                .header("Location", containsString("/api/programme/congresses/"))
                .body("status", equalTo("DRAFT"))
                .body("timeZone", equalTo("Europe/Paris"))
                .body("halfDays.code", contains("J1-AM", "J1-PM", "J2-AM", "J2-PM"))
                .body("halfDays[0].start", equalTo("2027-06-24T09:00:00+02:00"))
                .body("halfDays[1].period", equalTo("AFTERNOON"))
                .body("conflicts", hasSize(0))
                .extract().path("id");

        // a draft is not public at all
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404).contentType("application/problem+json");
        given().when().get(PUBLIC).then().statusCode(200).body("slug", not(hasItem(slug)));

        Map<String, Object> body = congressBody(slug);
        body.put("status", "OPEN");
        body.put("title", "Nouveau titre");
        body.put("version", 0);
        organiser().body(body).when().put(BASE + "/" + id).then().statusCode(200)
                .body("title", equalTo("Nouveau titre")).body("status", equalTo("OPEN")).body("version", equalTo(1));
        given().when().get(PUBLIC).then().statusCode(200).body("slug", hasItem(slug));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(200)
                .body("id", equalTo(id)).body("halfDays", hasSize(4))
                .body("$", not(hasKey("version")));

        // a stale version is refused
        organiser().body(body).when().put(BASE + "/" + id).then().statusCode(409)
                .contentType("application/problem+json");
        organiser().when().get(BASE).then().statusCode(200).body("id", hasItem(id));
    }

    @Test
    void duplicateSlugIsAConflict() {
        String slug = slug();
        Fixtures.createCongress(slug);
        organiser().body(congressBody(slug)).when().post(BASE).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void badInputsAreProblemsAndNothingIsSaved() {
        String slug = slug();
        Map<String, Object> endBeforeStart = congressBody(slug);
        endBeforeStart.put("endDate", "2027-06-23");
        assertRefused(endBeforeStart, "endDate");

        Map<String, Object> overlapping = congressBody(slug);
        overlapping.put("halfDays", List.of(Map.of("start", d1("09:00"), "end", d1("13:00")),
                Map.of("start", d1("12:00"), "end", d1("18:00"))));
        assertRefused(overlapping, "halfDays");

        Map<String, Object> halfDayBackwards = congressBody(slug);
        halfDayBackwards.put("halfDays", List.of(Map.of("start", d1("12:00"), "end", d1("09:00"))));
        assertRefused(halfDayBackwards, "halfDays[0].end");

        Map<String, Object> outsideDates = congressBody(slug);
        outsideDates.put("halfDays", List.of(Map.of("start", "2027-07-01T09:00:00+02:00",
                "end", "2027-07-01T12:00:00+02:00")));
        assertRefused(outsideDates, "halfDays[0].start");

        Map<String, Object> oversized = congressBody(slug);
        oversized.put("title", "x".repeat(201));
        assertRefused(oversized, "title");

        Map<String, Object> badSlug = congressBody(slug);
        badSlug.put("slug", "Pas un slug !");
        organiser().body(badSlug).when().post(BASE).then().statusCode(400).contentType("application/problem+json");

        Map<String, Object> unknownZone = congressBody(slug);
        unknownZone.put("timeZone", "Mars/Olympus");
        assertRefused(unknownZone, "timeZone");

        organiser().body("{\"title\": ").when().post(BASE).then().statusCode(400)
                .contentType("application/problem+json");

        given().when().get(PUBLIC + "/" + slug).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void unknownCongressIs404() {
        organiser().when().get(BASE + "/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get(PUBLIC + "/no-such-congress").then().statusCode(404);
    }

    private static void assertRefused(Map<String, Object> body, String field) {
        organiser().body(body).when().post(BASE).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(field));
    }
}
