package fr.assises.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Other spellings of a rate-limited path used to reach the service unlimited, since the gateway matched its limits
 * on the raw path while the service routes the normalised one: they are now refused before any routing.
 */
@QuarkusTest
@QuarkusTestResource(value = EchoBackendResource.class, restrictToAnnotatedClass = true)
class PathSpellingTest {

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void registrationChangesSpelledOtherwiseAreRefusedOnceTheLimitIsReached() {
        String token = TestTokens.participant();
        String id = UUID.randomUUID().toString();
        for (int i = 0; i < 10; i++) {
            // registration-service is down in this test: 502 shows the request went through the limit to the proxy
            assertThat(put("/api/registration/me/registrations/" + id, token).status()).isEqualTo(502);
        }
        assertThat(put("/api/registration/me/registrations/" + id, token).status()).isEqualTo(429);
        for (String spelling : List.of(
                "/api/registration//me/registrations/" + id,
                "/api/registration/me/%72egistrations/" + id,
                "/api/registration/%6de/registrations/" + id,
                "/api/registration/./me/registrations/" + id,
                "/api/registration/me/../me/registrations/" + id,
                "/api/registration/me/registrations;x=1/" + id,
                "/api/registration/me;x=1/registrations/" + id,
                "/api/registration/me%2Fregistrations/" + id,
                "/api/registration/me/registrations/%2E/" + id)) {
            assertRefused(put(spelling, token), spelling);
        }
    }

    @Test
    void surveySubmissionsSpelledOtherwiseNeverReachTheService() {
        String token = TestTokens.participant();
        String survey = "/api/evaluation/survey/" + UUID.randomUUID() + "/";
        List<String> spellings = List.of(
                survey.replace("/survey/", "//survey/") + "response",
                survey + "%72esponse",
                survey + "respons%65",
                survey + "./response",
                survey.replace("/survey/", "/x/../survey/") + "response",
                survey + "response;x=1",
                survey.replace("/survey/", "/survey;x=1/") + "response");
        // before the limit: each spelling used to be answered by the service (the echo) without being counted
        for (String spelling : spellings) {
            assertRefused(put(spelling, token), spelling);
        }
        for (int i = 0; i < 10; i++) {
            assertThat(put(survey + "response", token).status()).isEqualTo(200);
        }
        assertThat(put(survey + "response", token).status()).isEqualTo(429);
        for (String spelling : spellings) {
            assertRefused(put(spelling, token), spelling);
        }
    }

    @Test
    void formPagesSpelledOtherwiseAreRefusedToo() {
        for (String spelling : List.of("/enquete//" + UUID.randomUUID(), "/enquete/./" + UUID.randomUUID(),
                "/espace/inscription;x=1/congres", "/%65space/inscription/congres")) {
            assertRefused(RawHttp.send(gateway, "POST", spelling, null, "{}"), spelling);
        }
    }

    @Test
    void canonicalPathsWithEncodedCharactersStillGoThrough() {
        RawHttp.Answer accented = RawHttp.send(gateway, "GET", "/api/programme/public/caf%C3%A9?q=%72", null, null);
        assertThat(accented.status()).isEqualTo(200);
        assertThat(accented.body()).contains("\"path\":\"/api/programme/public/caf%C3%A9\"");
        assertThat(RawHttp.send(gateway, "GET", "/api/programme/public/congresses/", null, null).status()).isEqualTo(200);
    }

    private RawHttp.Answer put(String target, String token) {
        return RawHttp.send(gateway, "PUT", target, token, "{}");
    }

    private static void assertRefused(RawHttp.Answer answer, String spelling) {
        assertThat(answer.status()).as(spelling).isEqualTo(400);
        assertThat(answer.header("Content-Type")).as(spelling).isEqualTo("application/problem+json");
        assertThat(answer.body()).as(spelling).contains("urn:assises:problem:non-canonical-path").doesNotContain("\"method\"");
    }
}
