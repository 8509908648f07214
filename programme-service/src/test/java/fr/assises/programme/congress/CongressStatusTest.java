package fr.assises.programme.congress;

import static fr.assises.programme.Fixtures.BASE;
import static fr.assises.programme.Fixtures.congressBody;
import static fr.assises.programme.Fixtures.createCongress;
import static fr.assises.programme.Fixtures.organiser;
import static fr.assises.programme.Fixtures.slugOf;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;

/** Draft → open → closed → archived, one explicit step at a time, owned by programme-service. */
@QuarkusTest
class CongressStatusTest {

    private static final String PUBLIC = "/api/programme/public/congresses";

    @Test
    void aCongressMovesForwardOneStepAtATimeAndIsPublicOnceOpen() {
        String congress = createCongress();
        String slug = slugOf(congress);
        given().when().get(PUBLIC + "/" + slug).then().statusCode(404);

        move(congress, "OPEN", 0).then().statusCode(200).body("status", equalTo("OPEN")).body("version", equalTo(1));
        given().when().get(PUBLIC).then().body("slug", hasItem(slug));

        move(congress, "CLOSED", 1).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(200).body("status", equalTo("CLOSED"));
        given().when().get(PUBLIC).then().body("slug", hasItem(slug));

        move(congress, "ARCHIVED", 2).then().statusCode(200).body("status", equalTo("ARCHIVED"));
        given().when().get(PUBLIC).then().body("slug", not(hasItem(slug)));
        given().when().get(PUBLIC + "/" + slug).then().statusCode(200);
    }

    @Test
    void otherMovesAreRefusedWithAProblemAndChangeNothing() {
        String congress = createCongress();
        move(congress, "CLOSED", null).then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("« ouvert »"));
        move(congress, "ARCHIVED", null).then().statusCode(409);
        move(congress, "OPEN", null).then().statusCode(200);
        move(congress, "DRAFT", null).then().statusCode(409).contentType("application/problem+json");
        organiser().when().get(BASE + "/" + congress).then().body("status", equalTo("OPEN")).body("version", equalTo(1));

        move(congress, "CLOSED", 0).then().statusCode(409).body("detail", containsString("modifiée"));
        organiser().body(Map.of("status", "FERME")).when().post(BASE + "/" + congress + "/status").then()
                .statusCode(400).contentType("application/problem+json");
        organiser().body(Map.of()).when().post(BASE + "/" + congress + "/status").then().statusCode(400);
        given().auth().oauth2(TestTokens.partner()).contentType("application/json").body(Map.of("status", "CLOSED"))
                .when().post(BASE + "/" + congress + "/status").then().statusCode(403);
        organiser().body(Map.of("status", "OPEN")).when().post(BASE + "/" + java.util.UUID.randomUUID() + "/status")
                .then().statusCode(404);
        organiser().when().get(BASE + "/" + congress).then().body("status", equalTo("OPEN"));
    }

    @Test
    void theSetUpFormCannotJumpOrGoBackEither() {
        String congress = createCongress();
        Map<String, Object> body = congressBody(slugOf(congress));
        body.put("status", "ARCHIVED");
        organiser().body(body).when().put(BASE + "/" + congress).then().statusCode(409)
                .contentType("application/problem+json");
        body.put("status", "DRAFT");
        organiser().body(body).when().put(BASE + "/" + congress).then().statusCode(200).body("status", equalTo("DRAFT"));
    }

    private static io.restassured.response.Response move(String congress, String status, Integer version) {
        Map<String, Object> body = version == null ? Map.of("status", status) : Map.of("status", status, "version", version);
        return organiser().body(body).when().post(BASE + "/" + congress + "/status");
    }
}
