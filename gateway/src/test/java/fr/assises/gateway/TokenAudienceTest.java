package fr.assises.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Only access tokens issued for Assises get through the gateway, to a page or to a service: an ID token, a token of
 * Keycloak's admin-cli client or of another client were let in and met a 403; now they get 401 from the gateway. The
 * production rules are read from application.properties ({@code %dev,prod.assises.gateway.bearer.*}), as the shared
 * test tokens carry no audience and the other tests run without them.
 */
@QuarkusTest
@TestProfile(TokenAudienceTest.AsInProduction.class)
@QuarkusTestResource(value = EchoBackendResource.class, restrictToAnnotatedClass = true)
class TokenAudienceTest {

    private static final String API = "/api/programme/congresses/42/sessions";
    private static final String PAGE = "/deconnexion";

    /** The bearer-token rules of the %dev,prod profile, applied as they are. */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Properties properties = new Properties();
            try (InputStream in = TokenAudienceTest.class.getClassLoader().getResourceAsStream("application.properties")) {
                properties.load(in);
            } catch (Exception e) {
                throw new IllegalStateException("application.properties unreadable", e);
            }
            Map<String, String> rules = new HashMap<>();
            String prefix = "%dev,prod.assises.gateway.bearer.";
            properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                    .forEach(k -> rules.put(k.substring("%dev,prod.".length()), properties.getProperty(k)));
            if (!rules.containsKey("assises.gateway.bearer.audience") || !rules.containsKey("assises.gateway.bearer.type")) {
                throw new IllegalStateException("production must require an audience and a token type");
            }
            return rules;
        }
    }

    @Test
    void anAccessTokenForAssisesGetsThrough() {
        String token = sign(token("assises", "Bearer", "assises-gateway"));
        given().auth().oauth2(token).when().get(API).then().statusCode(200);
        given().auth().oauth2(token).accept("text/html").when().get(PAGE).then().statusCode(200)
                .body(containsString("Me déconnecter"));
    }

    @Test
    void anIdTokenIsRefusedAs401() {
        for (String token : List.of(sign(token("assises-gateway", "ID", "assises-gateway")),
                sign(token("assises", "ID", "assises-gateway")))) {
            refused(token, "type attendu");
        }
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAs401() {
        refused(sign(token("account", "Bearer", "admin-cli")), "audience attendue");
        refused(sign(token("autre-application", "Bearer", "autre-application")), "audience attendue");
        refused(sign(token(null, "Bearer", "admin-cli")), "audience attendue");
        refused(TestTokens.participant(), "type attendu");
    }

    private static void refused(String token, String why) {
        given().auth().oauth2(token).when().get(API)
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("invalid_token")).body("detail", containsString(why));
        given().auth().oauth2(token).accept("text/html").redirects().follow(false).when().get(PAGE).then().statusCode(401);
    }

    /** Shaped like Keycloak's tokens: the role in {@code realm_access}, the client in {@code azp}. */
    private static JwtClaimsBuilder token(String audience, String type, String client) {
        String subject = UUID.randomUUID().toString();
        JwtClaimsBuilder builder = Jwt.issuer(TestTokens.ISSUER).subject(subject).claim("preferred_username", subject)
                .claim("typ", type).claim("azp", client)
                .claim("realm_access", Map.of("roles", List.of("participant"))).groups(Set.of("participant"))
                .expiresIn(300);
        return audience == null ? builder : builder.audience(audience);
    }

    private static String sign(JwtClaimsBuilder builder) {
        try (InputStream in = TokenAudienceTest.class.getClassLoader().getResourceAsStream("assises-test-private.pem")) {
            return builder.sign(KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException("test signing key unreadable", e);
        }
    }
}
