package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.net.URL;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

@QuarkusTest
@QuarkusTestResource(value = EchoBackendResource.class, restrictToAnnotatedClass = true)
class ProtectionTest {

    /** Health answers on the management port only ({@code /q} is its root). */
    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void everyResponseCarriesTheSecurityHeaders() {
        for (String path : new String[] {"/api/programme/public/congresses", "/nulle-part", "/q/health/live"}) {
            given().when().get(path)
                    .then()
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Content-Security-Policy", containsString("script-src 'self'"))
                    .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                    .header("X-Content-Type-Options", is("nosniff"))
                    .header("Referrer-Policy", is("strict-origin-when-cross-origin"))
                    // plain HTTP: no HSTS
                    .header("Strict-Transport-Security", nullValue());
        }
    }

    @Test
    void unknownRouteIsA404Problem() {
        given().when().get("/api/inconnu/chose")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", is(404))
                .body("title", is("Ressource introuvable"));
    }

    @Test
    void oversizedBodyIsRefusedWith413() {
        String body = "x".repeat(1_048_577);
        given().contentType("application/json").body(body)
                .when().post("/api/programme/congresses")
                .then().statusCode(413)
                .contentType("application/problem+json")
                .body("title", is("Requête trop volumineuse"));
    }

    @Test
    void corsIsClosedToOtherOrigins() {
        given().header("Origin", "https://intrus.example")
                .when().get("/api/programme/public/congresses")
                .then().statusCode(403)
                .contentType("application/problem+json")
                .header("Access-Control-Allow-Origin", nullValue());
        given().header("Origin", "https://intrus.example").header("Access-Control-Request-Method", "POST")
                .when().options("/api/registration/me/registrations")
                .then().statusCode(403)
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void sameOriginCallsPass() {
        given().header("Origin", "http://localhost:" + RestAssured.port)
                .header("Host", "localhost:" + RestAssured.port)
                .when().get("/api/programme/public/congresses")
                .then().statusCode(200);
    }

    @Test
    void unauthorisedAndForbiddenComeBackFromTheServiceUnchanged() {
        given().when().get("/api/budget/congresses/1/summary?status=401")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", is("Bearer"));
        given().auth().oauth2(TestTokens.participant())
                .when().get("/api/budget/congresses/1/summary?status=403")
                .then().statusCode(403)
                .contentType("application/problem+json");
    }

    @Test
    void theSessionCookieIsNotSentToTheServices() {
        given().cookie("q_session", "abc").cookie("lang", "fr")
                .when().get("/api/programme/public/congresses")
                .then().statusCode(200)
                .body("cookie", nullValue());
    }

    @Test
    void registrationSubmissionsAreLimitedPerSubject() {
        String token = TestTokens.participant();
        String path = "/api/registration/congresses/" + UUID.randomUUID() + "/registrations";
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .when().post(path)
                    .then().statusCode(not(429));
        }
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post(path)
                .then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", is("Trop de requêtes"));
        // another participant has their own allowance
        given().auth().oauth2(TestTokens.participant()).contentType("application/json").body("{}")
                .when().post(path)
                .then().statusCode(not(429));
    }

    @Test
    void surveySubmissionsAreLimitedPerSubject() {
        String token = TestTokens.participant();
        for (int i = 0; i < 10; i++) {
            given().auth().oauth2(token).contentType("application/json").body("{}")
                    .when().post("/api/evaluation/questionnaires/q1/responses")
                    .then().statusCode(200);
        }
        given().auth().oauth2(token).contentType("application/json").body("{}")
                .when().post("/api/evaluation/questionnaires/q1/responses")
                .then().statusCode(429)
                .header("Retry-After", notNullValue());
    }

    @Test
    void readinessReportsEachServiceAndStaysUpWhenOneIsDown() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("status", is("UP"))
                .body("checks.find { it.name == 'services' }.data.programme", is("UP"))
                .body("checks.find { it.name == 'services' }.data.registration", is("DOWN"))
                .body("checks.find { it.name == 'services' }.data.servicesDown", is(1));
    }

    @Test
    void oneOpenApiDocumentGathersTheServices() {
        given().when().get("/q/openapi-all")
                .then().statusCode(200)
                .body("openapi", is("3.1.0"))
                .body("paths.'/api/programme/public/congresses'.get.operationId", endsWith(".congresses"))
                .body("components.schemas.'programme.Congress'.type", is("object"))
                .body("components.schemas.'budget.Congress'.type", is("object"))
                .body("x-unavailable-services", hasItem("registration"));
    }
}
