package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

@QuarkusTest
@TestProfile(AnonymousRateLimitTest.LowLimit.class)
@QuarkusTestResource(value = EchoBackendResource.class, restrictToAnnotatedClass = true)
class AnonymousRateLimitTest {

    /** A limit low enough to reach in a test. */
    public static class LowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("assises.gateway.rate-limits.anonymous-per-minute", "5");
        }
    }

    @Test
    void anonymousClientsAreLimitedPerAddressButSignedInOnesAreNot() {
        for (int i = 0; i < 5; i++) {
            given().when().get("/api/programme/public/congresses").then().statusCode(200);
        }
        given().when().get("/api/programme/public/congresses")
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
        // an invalid token does not escape the anonymous limit: it is refused at the door
        given().auth().oauth2("forged").when().get("/api/programme/public/congresses")
                .then().log().all().statusCode(401);
        // a signed-in caller is limited only on submissions
        given().auth().oauth2(TestTokens.organiser()).when().get("/api/programme/public/congresses")
                .then().statusCode(200).body("path", is("/api/programme/public/congresses"));
    }
}
