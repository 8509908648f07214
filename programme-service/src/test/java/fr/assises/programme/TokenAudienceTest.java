package fr.assises.programme;

import static io.restassured.RestAssured.given;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Only access tokens issued for Assises get in: an ID token, a token of Keycloak's admin-cli client or of another
 * client got in before and met a 403; now they get 401, like a token without an audience. The production token rules
 * are read from application.properties ({@code %dev,prod.quarkus.oidc.token.*}): the shared test tokens carry no
 * audience, so the other tests run without these rules.
 */
@QuarkusTest
@TestProfile(TokenAudienceTest.AsInProduction.class)
class TokenAudienceTest {

    private static final String PATH = "/api/programme/congresses";
    private static final String ROLE = "organiser";

    /** The token rules of the %dev,prod profile, applied as they are. */
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
            String prefix = "%dev,prod.quarkus.oidc.token.";
            properties.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                    .forEach(k -> rules.put(k.substring("%dev,prod.".length()), properties.getProperty(k)));
            if (!rules.containsKey("quarkus.oidc.token.audience")) {
                throw new IllegalStateException("no audience required in production");
            }
            return rules;
        }
    }

    @Test
    void anAccessTokenForAssisesGetsIn() {
        given().auth().oauth2(sign(token("assises", "Bearer", "assises-gateway"))).when().get(PATH)
                .then().statusCode(200);
    }

    @Test
    void anIdTokenIsRefusedAs401() {
        given().auth().oauth2(sign(token("assises-gateway", "ID", "assises-gateway"))).when().get(PATH)
                .then().statusCode(401);
        // the type alone is enough: an ID token that would name Assises as its audience
        given().auth().oauth2(sign(token("assises", "ID", "assises-gateway"))).when().get(PATH)
                .then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAs401() {
        given().auth().oauth2(sign(token("account", "Bearer", "admin-cli"))).when().get(PATH).then().statusCode(401);
        given().auth().oauth2(sign(token("autre-application", "Bearer", "autre-application"))).when().get(PATH)
                .then().statusCode(401);
        given().auth().oauth2(sign(token(null, "Bearer", "admin-cli"))).when().get(PATH).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("sans-audience", ROLE)).when().get(PATH).then().statusCode(401);
    }

    /** Shaped like Keycloak's tokens: the role in {@code realm_access}, the client in {@code azp}. */
    private static JwtClaimsBuilder token(String audience, String type, String client) {
        String subject = UUID.randomUUID().toString();
        JwtClaimsBuilder builder = Jwt.issuer(TestTokens.ISSUER).subject(subject).claim("preferred_username", subject)
                .claim("typ", type).claim("azp", client)
                .claim("realm_access", Map.of("roles", List.of(ROLE))).groups(Set.of(ROLE)).expiresIn(300);
        return audience == null ? builder : builder.audience(audience);
    }

    private static String sign(JwtClaimsBuilder builder) {
        try (InputStream in = TokenAudienceTest.class.getClassLoader().getResourceAsStream("assises-test-private.pem")) {
            PrivateKey key = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return builder.sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("test signing key unreadable", e);
        }
    }
}
