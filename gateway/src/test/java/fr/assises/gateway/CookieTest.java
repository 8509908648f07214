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
 * stand-in Keycloak shows every cookie the gateway sets with SameSite=Lax, and Secure as production forces it.
 */
@QuarkusTest
@TestProfile(CookieTest.AsInProduction.class)
@QuarkusTestResource(value = StandInKeycloak.class, restrictToAnnotatedClass = true)
class CookieTest {

    /** The production cookie setting, which the %prod profile forces (TLS ends before the gateway). */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.oidc.authentication.cookie-force-secure", "true");
        }
    }

    @Test
    void theStateThenTheSessionCookieAreSameSiteSecureAndHttpOnly() {
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
