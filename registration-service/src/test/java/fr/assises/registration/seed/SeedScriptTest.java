package fr.assises.registration.seed;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import fr.assises.registration.support.TestCongress;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Runs deploy/local/seed.d/20-registration.sh against this service, with programme's public API played by a
 * stand-in that only names the congress: the script must set the settings, add its people, and add nobody on a
 * second run.
 */
@QuarkusTest
class SeedScriptTest {

    static final Path SCRIPT = Path.of("../deploy/local/seed.d/20-registration.sh");

    @Test
    void seedScriptRegistersDemoPeopleOnce() throws Exception {
        TestCongress congress = new TestCongress().publish();
        HttpServer programme = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        programme.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = ("{\"id\":\"" + congress.id + "\",\"slug\":\"" + congress.slug() + "\"}")
                    .getBytes(StandardCharsets.UTF_8);
            if (path.equals("/api/programme/public/congresses/" + congress.slug())) {
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
            String first = run(programme, congress);
            assertThat(first).contains("registration settings set").contains("12 demo registrations added");
            String second = run(programme, congress);
            assertThat(second).contains("registration settings exist").contains("nothing to add");
        } finally {
            programme.stop(0);
        }
        given().auth().oauth2(congress.organiser).queryParam("size", 100)
                .get("/api/registration/congresses/{id}/manage/registrations", congress.id).then().statusCode(200)
                .body("total", equalTo(12))
                .body("items.findAll { it.source == 'ORGANISER' }.size()", equalTo(12))
                .body("items.findAll { it.workshops.size() > 0 }.size()", equalTo(12))
                .body("items.findAll { it.person.email.endsWith('@exemple.test') }.size()", equalTo(12));
        given().auth().oauth2(congress.organiser)
                .get("/api/registration/congresses/{id}/settings", congress.id).then().statusCode(200)
                .body("totalCapacity", equalTo(500)).body("categories.size()", equalTo(5));
    }

    private static String run(HttpServer programme, TestCongress congress) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder("bash", SCRIPT.toString()).redirectErrorStream(true);
        builder.environment().put("REGISTRATION_URL", "http://127.0.0.1:" + RestAssured.port);
        builder.environment().put("PROGRAMME_URL", "http://127.0.0.1:" + programme.getAddress().getPort());
        builder.environment().put("TOKEN_ORGANISER", congress.organiser);
        builder.environment().put("SEED_CONGRESS_SLUG", congress.slug());
        builder.environment().put("SEED_REGISTRATIONS", "12");
        builder.environment().put("SEED_WAIT_SECONDS", "30");
        Process process = builder.start();
        assertThat(process.waitFor(90, TimeUnit.SECONDS)).as("seed script finished").isTrue();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
