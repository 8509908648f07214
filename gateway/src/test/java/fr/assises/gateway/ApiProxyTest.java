package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(value = EchoBackendResource.class, restrictToAnnotatedClass = true)
class ApiProxyTest {

    @Test
    void routesByPrefixWithoutRewritingAndRelaysTheToken() {
        given().auth().oauth2("caller-token").queryParam("theme", "coopération")
                .when().get("/api/programme/congresses/42/sessions")
                .then().statusCode(200)
                .body("method", is("GET"))
                .body("path", is("/api/programme/congresses/42/sessions"))
                .body("query", startsWith("theme="))
                .body("authorization", is("Bearer caller-token"));
    }

    @Test
    void streamsRequestBodies() {
        String body = "x".repeat(200_000);
        given().contentType("application/json").body("\"" + body + "\"")
                .when().post("/api/budget/budgets")
                .then().statusCode(200)
                .body("method", is("POST"))
                .body("bodyLength", is(body.length() + 2));
    }

    @Test
    void generatesARequestIdAndKeepsAGivenOne() {
        given().when().get("/api/evaluation/questionnaires")
                .then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("requestId", matchesPattern("[0-9a-f-]{36}"));

        given().header("X-Request-Id", "client-abc-12345")
                .when().get("/api/evaluation/questionnaires")
                .then().statusCode(200)
                .header("X-Request-Id", is("client-abc-12345"))
                .body("requestId", is("client-abc-12345"));

        given().header("X-Request-Id", "bad id\u0001")
                .when().get("/api/evaluation/questionnaires")
                .then().statusCode(200)
                .body("requestId", not(is("bad id\u0001")));
    }

    @Test
    void onlyAllowListedPrefixesAreProxied() {
        given().when().get("/api/admin/users").then().statusCode(404);
        given().when().get("/api/programmes").then().statusCode(404);
    }

    @Test
    void aServiceThatIsDownGivesBadGateway() {
        given().when().get("/api/registration/registrations/me")
                .then().statusCode(502);
    }
}
