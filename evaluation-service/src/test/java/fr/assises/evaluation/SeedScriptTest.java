package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.oneOf;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Runs deploy/local/seed.d/40-evaluation.sh against this service, with programme's public API played by a
 * stand-in that names the two congresses and gives the previous edition's programme: the questionnaires,
 * indicators and the previous edition's paper responses are created once, never twice.
 */
@QuarkusTest
class SeedScriptTest {

    static final Path SCRIPT = Path.of("../deploy/local/seed.d/40-evaluation.sh");
    /** The script's default number of paper forms, entered in full to time it. */
    static final int PAPER = 300;
    static final String SERIES = UUID.randomUUID().toString();

    @Test
    void seedScriptCreatesTheDemoQuestionnairesIndicatorsAndPaperResponsesOnce() throws Exception {
        TestCongress congress = new TestCongress().create();
        TestCongress previous = new TestCongress().create();
        String slug = "congres-test-" + congress.id.toString().substring(0, 8);
        String previousSlug = "congres-prev-" + previous.id.toString().substring(0, 8);
        String organiser = TestTokens.organiser();
        String prefix = "/api/programme/public/congresses/";
        Map<String, String> pages = Map.of(
                prefix + slug, "{\"id\":\"" + congress.id + "\",\"slug\":\"" + slug + "\"}",
                prefix + previousSlug, "{\"id\":\"" + previous.id + "\",\"slug\":\"" + previousSlug + "\"}",
                prefix + previousSlug + "/programme", programmeOf(previous));
        HttpServer programme = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        programme.createContext("/", exchange -> {
            String page = pages.get(exchange.getRequestURI().getPath());
            if (page != null) {
                byte[] body = page.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } else {
                exchange.sendResponseHeaders(404, -1);
            }
            exchange.close();
        });
        programme.start();
        try {
            String first = run(programme, organiser, slug, previousSlug);
            assertThat(first).contains("questionnaire created and published").contains("7 indicators added")
                    .contains("questionnaire of " + previousSlug + " created and published")
                    .contains(PAPER + " paper responses of " + previousSlug + " typed in")
                    .contains("questionnaire of " + previousSlug + " closed")
                    .contains("6 indicators of " + previousSlug + " added");
            Matcher took = Pattern.compile("typed in \\((\\d+) s\\)").matcher(first);
            assertThat(took.find()).isTrue();
            assertThat(Integer.parseInt(took.group(1))).as("seconds to type in %d forms", PAPER).isLessThan(60);
            String second = run(programme, organiser, slug, previousSlug);
            assertThat(second).contains("questionnaire exists").contains("indicators exist, nothing to add")
                    .contains("paper responses of " + previousSlug + " exist (" + PAPER + "), nothing to add")
                    .contains("indicators of " + previousSlug + " exist, nothing to add")
                    .doesNotContain("typed in").doesNotContain("closed");
        } finally {
            programme.stop(0);
        }
        String id = given().auth().oauth2(organiser).get("/api/evaluation/congresses/{id}/questionnaires", congress.id)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].status", is("PUBLISHED"))
                .body("[0].definition.sections.id", contains("situation", "avis", "suite"))
                .body("[0].definition.sections[0].questions[0].id", is("ctx-statutory-category"))
                .extract().path("[0].id");
        given().auth().oauth2(organiser).get("/api/evaluation/congresses/{id}/indicators", congress.id)
                .then().statusCode(200).body("$", hasSize(7))
                .body("source", contains("REGISTRATIONS", "CHECK_INS", "RESPONSE_RATE", "SURVEY_QUESTION",
                        "SURVEY_QUESTION", "SURVEY_QUESTION", "MANUAL"))
                .body("[3].questionnaireId", is(id));

        String past = given().auth().oauth2(organiser)
                .get("/api/evaluation/congresses/{id}/questionnaires", previous.id)
                .then().statusCode(200).body("$", hasSize(1)).body("[0].status", is("PUBLISHED"))
                .body("[0].state", is("CLOS")).body("[0].responseCount", is(PAPER))
                .extract().path("[0].id");
        given().auth().oauth2(TestTokens.partner()).get("/api/evaluation/questionnaires/{id}/results", past)
                .then().statusCode(200)
                .body("responses", is(PAPER))
                .body("byChannel.paper", is(PAPER))
                .body("byChannel.online", is(0))
                .body("questions.find { it.id == 'global' }.answered", is(PAPER))
                .body("questions.find { it.id == 'global' }.distribution.count", everyItem(greaterThan(0)))
                .body("questions.find { it.id == 'libre' }.suppressed", is(false))
                .body("questions.find { it.id == 'seances' }.sessions.sessionId", containsInAnyOrder(
                        previous.plenary.toString(), previous.workshopA.toString(), previous.workshopB.toString(),
                        previous.closing.toString()))
                .body("questions.find { it.id == 'seances' }.sessions.suppressed", everyItem(is(false)));
        given().auth().oauth2(organiser).get("/api/evaluation/congresses/{id}/indicators", previous.id)
                .then().statusCode(200).body("$", hasSize(6))
                .body("status", everyItem(oneOf("ATTEINT", "NON_ATTEINT")));
    }

    /** The previous edition's public programme as programme-service shows it: half-days with their sessions. */
    private static String programmeOf(TestCongress c) {
        String sessions = String.join(",",
                session(c.plenary, "PLENARY", null), session(c.workshopA, "WORKSHOP", SERIES),
                session(c.workshopB, "WORKSHOP", SERIES), session(c.lunch, "MEAL", null),
                session(c.closing, "CLOSING", null));
        return "{\"release\":1,\"halfDays\":[{\"code\":\"J1-AM\",\"sessions\":[" + sessions + "]}]}";
    }

    private static String session(UUID id, String kind, String series) {
        return "{\"id\":\"" + id + "\",\"kind\":\"" + kind + "\",\"status\":\"SCHEDULED\",\"seriesId\":"
                + (series == null ? "null" : "\"" + series + "\"") + "}";
    }

    private static String run(HttpServer programme, String organiser, String slug, String previousSlug)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().put("EVALUATION_URL", "http://127.0.0.1:" + RestAssured.port);
        builder.environment().put("PROGRAMME_URL", "http://127.0.0.1:" + programme.getAddress().getPort());
        builder.environment().put("TOKEN_ORGANISER", organiser);
        builder.environment().put("SEED_CONGRESS_SLUG", slug);
        builder.environment().put("SEED_PREVIOUS_SLUG", previousSlug);
        builder.environment().put("SEED_WAIT_SECONDS", "30");
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("seed script finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
