package fr.assises.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import fr.assises.common.test.TestTokens;
import fr.assises.evaluation.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Runs deploy/local/seed.d/40-evaluation.sh against this service, with programme's public API played by a
 * stand-in that only names the congress: the questionnaire and indicators are created once, never twice.
 */
@QuarkusTest
class SeedScriptTest {

    static final Path SCRIPT = Path.of("../deploy/local/seed.d/40-evaluation.sh");

    @Test
    void seedScriptCreatesTheDemoQuestionnaireAndIndicatorsOnce() throws Exception {
        TestCongress congress = new TestCongress().create();
        String slug = "congres-test-" + congress.id.toString().substring(0, 8);
        String organiser = TestTokens.organiser();
        HttpServer programme = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        programme.createContext("/", exchange -> {
            byte[] body = ("{\"id\":\"" + congress.id + "\",\"slug\":\"" + slug + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            if (exchange.getRequestURI().getPath().equals("/api/programme/public/congresses/" + slug)) {
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
            String first = run(programme, organiser, slug);
            assertThat(first).contains("questionnaire created and published").contains("7 indicators added");
            String second = run(programme, organiser, slug);
            assertThat(second).contains("questionnaire exists").contains("indicators exist, nothing to add");
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
    }

    private static String run(HttpServer programme, String organiser, String slug)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().put("EVALUATION_URL", "http://127.0.0.1:" + RestAssured.port);
        builder.environment().put("PROGRAMME_URL", "http://127.0.0.1:" + programme.getAddress().getPort());
        builder.environment().put("TOKEN_ORGANISER", organiser);
        builder.environment().put("SEED_CONGRESS_SLUG", slug);
        builder.environment().put("SEED_WAIT_SECONDS", "30");
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("seed script finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
