package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.time.Instant;

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
    void givesTheCallerALocationOnTheGatewayNotTheServicesInternalAddress() {
        given().queryParam("created", "yes").contentType("application/json").body("{}")
                .when().post("/api/programme/congresses")
                .then().statusCode(201)
                .header("Location", is("/api/programme/congresses/c-1?view=full"));
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
    void aServiceThatIsDownGivesBadGatewayAsAProblemNamingIt() {
        given().when().get("/api/registration/registrations/me")
                .then().statusCode(502).contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("status", is(502))
                .body("title", is("Service injoignable"))
                .body("detail", startsWith("Le service des inscriptions ne répond pas"));
    }

    @Test
    void aServiceTooSlowGivesGatewayTimeoutAsAProblemAndTheOthersStillAnswer() {
        long start = System.nanoTime();
        given().queryParam("delayMs", 6000).when().get("/api/budget/budgets/slow")
                .then().statusCode(504).contentType("application/problem+json")
                .body("title", is("Délai de réponse dépassé"))
                .body("detail", startsWith("Le service du budget n'a pas répondu à temps"));
        // the gateway gave up at its 2-second deadline, not when the service finally answered
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        given().when().get("/api/programme/congresses").then().statusCode(200);
    }

    @Test
    void theServiceIsToldTheDeadline() {
        Instant before = Instant.now();
        String deadline = given().when().get("/api/evaluation/questionnaires")
                .then().statusCode(200).extract().path("deadline");
        assertThat(Instant.parse(deadline)).isBetween(before.plusSeconds(1), Instant.now().plusSeconds(3));
    }
}
