package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.json.JsonObject;

/**
 * A chunked body (no {@code Content-Length}, also what an HTTP/2 client falls back to) used to stream past the gateway's
 * limit to the service, which answered a bare 413 or dropped the connection (502): the gateway refuses it itself.
 */
@QuarkusTest
@QuarkusTestResource(value = EchoBackendResource.class, restrictToAnnotatedClass = true)
class ChunkedBodyTest {

    private static final int LIMIT = 1_048_576;

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void anOversizedChunkedBodyIsRefusedByTheGatewayAsAProblem() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            for (String path : new String[] {"/api/programme/congresses", "/api/evaluation/questionnaires/q1/responses",
                    "/enquete/" + version}) {
                HttpResponse<String> response = post(version, path, LIMIT + 1, "application/json");
                assertThat(response.statusCode()).as(version + " " + path).isEqualTo(413);
                assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
                JsonObject problem = new JsonObject(response.body());
                assertThat(problem.getString("title")).isEqualTo("Requête trop volumineuse");
                assertThat(problem.getInteger("status")).isEqualTo(413);
            }
        }
    }

    @Test
    void aChunkedBodyWithinTheLimitReachesTheServiceWhole() throws Exception {
        for (HttpClient.Version version : HttpClient.Version.values()) {
            HttpResponse<String> response = post(version, "/api/programme/congresses", LIMIT, "application/json");
            assertThat(response.statusCode()).as(version.toString()).isEqualTo(200);
            assertThat(new JsonObject(response.body()).getInteger("bodyLength")).as(version.toString()).isEqualTo(LIMIT);
        }
    }

    @Test
    void aChunkedFormIsReadByThePagesAsAnyOther() throws Exception {
        String token = FormTokenFilter.freshToken();
        String form = "a=1&b=deux&csrf-token=" + token;
        HttpRequest.Builder request = HttpRequest.newBuilder(gateway.resolve("/enquete/jeton-de-test"))
                .version(HttpClient.Version.HTTP_1_1)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", "csrf-token=" + token)
                .header("Authorization", "Bearer " + TestTokens.participant());
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        int withLength = client.send(request.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        int chunked = client.send(request.POST(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(form.getBytes()))).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        assertThat(chunked).isEqualTo(withLength).isNotEqualTo(413).as("the form's token read too").isNotEqualTo(403);
    }

    @Test
    void aChunkedMultipartBodyIsAskedForItsLength() throws Exception {
        HttpResponse<String> response = post(HttpClient.Version.HTTP_1_1, "/api/programme/congresses", 10,
                "multipart/form-data; boundary=x");
        assertThat(response.statusCode()).isEqualTo(411);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    /** Posts {@code size} bytes from a stream of unknown length, hence chunked (an HTTP/2 client is answered in HTTP/1.1). */
    private HttpResponse<String> post(HttpClient.Version version, String path, int size, String type)
            throws IOException, InterruptedException {
        byte[] body = new byte[size];
        Arrays.fill(body, (byte) 'x');
        HttpRequest request = HttpRequest.newBuilder(gateway.resolve(path))
                .header("Content-Type", type)
                .header("Authorization", "Bearer " + TestTokens.participant())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body))).build();
        return HttpClient.newBuilder().version(version).build().send(request, HttpResponse.BodyHandlers.ofString());
    }
}
