package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * The OIDC state cookie had no SameSite, and the session cookie was not Secure behind TLS: a whole login through a
 * stand-in Keycloak shows every cookie the gateway sets (state, session, the forms' anti-CSRF token, language) with
 * SameSite=Lax, and Secure as production forces it. Logging out there: a GET only asks, a POST needs the token.
 */
@QuarkusTest
@TestProfile(CookieTest.AsInProduction.class)
@QuarkusTestResource(value = StandInKeycloak.class, restrictToAnnotatedClass = true)
class CookieTest {

    /** The production cookie setting, which the %prod profile forces (TLS ends before the gateway). */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.authentication.cookie-force-secure", "true",
                    "quarkus.rest-csrf.cookie-force-secure", "true");
        }
    }

    @Test
    void theStateThenTheSessionCookieAreSameSiteSecureAndHttpOnly() {
        login();
    }

    /** The session cookie after a whole code flow through the stand-in Keycloak, its attributes checked on the way. */
    private static String login() {
        Response toKeycloak = given().accept("text/html").redirects().follow(false).when().get("/espace");
        assertThat(toKeycloak.statusCode()).isEqualTo(302);
        String location = toKeycloak.header("Location");
        assertThat(location).contains("/protocol/openid-connect/auth");
        List<String> stateCookies = toKeycloak.headers().getValues("Set-Cookie");
        assertThat(stateCookies).anyMatch(c -> c.startsWith("q_auth"));
        assertProtected(stateCookies);

        String state = location.replaceAll(".*[?&]state=([^&]+).*", "$1");
        String stateCookie = stateCookies.stream().filter(c -> c.startsWith("q_auth")).findFirst().orElseThrow();
        Response back = given().accept("text/html").redirects().follow(false)
                .header("Cookie", stateCookie.substring(0, stateCookie.indexOf(';')))
                .queryParam("code", "code-de-test").queryParam("state", state)
                .when().get("/espace");
        assertThat(back.statusCode()).isEqualTo(302);
        List<String> sessionCookies = back.headers().getValues("Set-Cookie");
        assertThat(sessionCookies).anyMatch(c -> c.startsWith("q_session"));
        assertProtected(sessionCookies);
        String session = sessionCookies.stream().filter(c -> c.startsWith("q_session")).findFirst().orElseThrow();
        return session.substring(0, session.indexOf(';'));
    }

    @Test
    void theFormsTokenCookieIsSameSiteSecureAndHttpOnly() {
        List<String> cookies = given().accept("text/html").when().get("/").headers().getValues("Set-Cookie");
        assertThat(cookies).anyMatch(c -> c.startsWith("csrf-token="));
        assertProtected(cookies);
    }

    @Test
    void aGetOnTheLogoutPathOnlyAsksAndThePostWithTheTokenEndsTheSessionThenKeycloaks() {
        String session = login();
        Response ask = given().accept("text/html").redirects().follow(false).header("Cookie", session)
                .when().get("/deconnexion");
        assertThat(ask.statusCode()).isEqualTo(200);
        assertThat(ask.asString()).contains("Me déconnecter");
        assertThat(ask.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("q_session") && c.contains("Max-Age=0"));
        String token = ask.getCookie("csrf-token");

        // another site's form: the session cookie goes with it, the token cannot
        Response forged = given().accept("text/html").redirects().follow(false).header("Cookie", session)
                .header(FormTokenFilter.BARE, "yes").formParam("rien", "")
                .when().post("/deconnexion");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().getValues("Set-Cookie")).noneMatch(c -> c.startsWith("q_session"));
        assertThat(given().accept("text/html").redirects().follow(false).header("Cookie", session)
                .when().get("/deconnexion").statusCode()).as("still logged in").isEqualTo(200);

        Response out = given().accept("text/html").redirects().follow(false)
                .header("Cookie", session + "; csrf-token=" + token).header(FormTokenFilter.BARE, "yes")
                .formParam("csrf-token", token)
                .when().post("/deconnexion");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.header("Location")).contains("/realms/assises/protocol/openid-connect/logout?")
                .contains("id_token_hint=").contains("post_logout_redirect_uri=http");
        assertThat(out.headers().getValues("Set-Cookie")).anyMatch(c -> c.startsWith("q_session") && c.contains("Max-Age=0"));
    }

    @Test
    void theLanguageCookieIsSameSiteToo() {
        List<String> cookies = given().accept("text/html").when().get("/?lang=en").headers().getValues("Set-Cookie");
        assertThat(cookies).anyMatch(c -> c.startsWith("lang=en"))
                .allSatisfy(c -> assertThat(c).containsIgnoringCase("SameSite=Lax").containsIgnoringCase("HttpOnly"));
    }

    /** Every cookie set with a value; the expired, empty one that deletes the state cookie carries nothing. */
    private static void assertProtected(List<String> cookies) {
        List<String> set = cookies.stream().filter(c -> !c.contains("Max-Age=0")).toList();
        assertThat(set).isNotEmpty().allSatisfy(c -> assertThat(c)
                .containsIgnoringCase("SameSite=Lax").containsIgnoringCase("Secure").containsIgnoringCase("HttpOnly"));
    }
}
