package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Metrics named every proxied path, personal survey links included, and anyone could read them on the public port:
 * metric tags now name routes, and metrics and health answer on the management port only.
 */
@QuarkusTest
@QuarkusTestResource(value = StandInServices.class, restrictToAnnotatedClass = true)
class ManagementPrivacyTest {

    private static final String SLUG = StandInServices.SLUG;
    private static final String TOKEN = StandInServices.SURVEY_TOKEN;

    /** The management root is {@code /q}: these are {@code /q/metrics} and {@code /q/health/ready}. */
    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @Test
    void noTokenIdOrPersonalValueIsReadableInTheMetricsAfterAFullJourney() {
        String subject = UUID.randomUUID().toString();
        String participant = TestTokens.participant(subject);
        given().auth().oauth2(participant).redirects().follow(false)
                .formParam("firstName", "Camille").formParam("lastName", "Traçable").formParam("email", "camille@exemple.test")
                .formParam("territoryType", "COMMUNE").formParam("category", "PROFESSIONNEL")
                .formParam("days", "2027-06-24").formParam("consent", "yes")
                .when().post("/espace/inscription/" + SLUG).then().statusCode(303);
        String page = given().auth().oauth2(participant).when().get("/espace").then().statusCode(200).extract().asString();
        String badge = page.replaceAll("(?s).*href=\"(/api/registration/me/registrations/[^\"]+/badge.pdf)\".*", "$1");
        String registrationId = badge.split("/")[5];
        assertThat(registrationId).hasSizeGreaterThan(8);
        given().auth().oauth2(participant).when().get(badge).then().statusCode(200);
        given().auth().oauth2(TestTokens.participant()).when().get(badge).then().statusCode(404);
        given().auth().oauth2(participant).contentType("application/json").body("{}")
                .when().put("/api/registration/me/registrations/" + registrationId);
        given().auth().oauth2(participant).when().get("/api/registration/me/registrations/" + registrationId);

        given().auth().oauth2(participant).redirects().follow(false).when().get("/espace/enquete/" + SLUG)
                .then().statusCode(303).header("Location", containsString("/enquete/" + TOKEN));
        given().accept("text/html").redirects().follow(false).when().get("/api/evaluation/survey/" + TOKEN)
                .then().statusCode(303);
        given().accept("application/json").when().get("/api/evaluation/survey/" + TOKEN).then().statusCode(200);
        given().when().get("/enquete/" + TOKEN).then().statusCode(200);
        given().auth().oauth2(participant).formParam("a_q1", "4").when().post("/enquete/" + TOKEN);
        String unknownToken = "jeton-" + UUID.randomUUID();
        given().accept("text/html").when().get("/enquete/" + unknownToken).then().statusCode(404);
        given().when().get("/api/evaluation//survey/" + unknownToken).then().statusCode(400);
        String limitedToken = "limite-" + UUID.randomUUID();
        for (int i = 0; i < 11; i++) {
            given().auth().oauth2(participant).contentType("application/json").body("{}")
                    .when().put("/api/evaluation/survey/" + limitedToken + "/response");
        }
        given().auth().oauth2(participant).contentType("application/json").body("{}")
                .when().put("/api/evaluation/survey/" + limitedToken + "/response").then().statusCode(429);

        String scraped = given().when().get(metrics).then().statusCode(200).extract().asString();
        List<String> series = new ArrayList<>();
        for (String line : scraped.split("\n")) {
            if (!line.startsWith("#")) {
                series.add(line);
            }
        }
        assertThat(series).as("the proxied calls are counted, by service")
                .anyMatch(l -> l.startsWith("http_server_requests_seconds_count") && l.contains("uri=\"/api/evaluation/{path}\""))
                .anyMatch(l -> l.contains("uri=\"/api/registration/{path}\""))
                .anyMatch(l -> l.contains("uri=\"/enquete/{token}\""));
        for (String secret : List.of(TOKEN, registrationId, unknownToken, limitedToken, subject, SLUG,
                StandInServices.CONGRESS_ID, "Traçable", "camille")) {
            assertThat(series).as(secret).noneMatch(l -> l.contains(secret));
        }
    }

    @Test
    void metricsAndHealthAreNotServedOnThePublicPort() {
        for (String path : new String[] {"/q/metrics", "/q/health", "/q/health/ready", "/q/health/live"}) {
            given().when().get(path).then().statusCode(404).contentType("application/problem+json");
        }
    }

    @Test
    void readinessAnswersOnTheManagementPort() {
        given().when().get(readiness).then().statusCode(200).body("status", is("UP"));
    }
}
