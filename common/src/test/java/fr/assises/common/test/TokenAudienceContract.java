package fr.assises.common.test;

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

import io.quarkus.test.junit.QuarkusTestProfile;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Only access tokens issued for Assises get in: an ID token, a token of Keycloak's admin-cli client or of another
 * client got in before and met a 403; now they get 401, like a token without an audience. Each service runs it as
 * {@code @QuarkusTest @TestProfile(TokenAudienceContract.AsInProduction.class)} on one of its reads. The
 * production token rules are read from the service's application.properties ({@code %dev,prod.quarkus.oidc.token.*}):
 * the shared test tokens carry no audience, so the other tests run without these rules.
 */
public abstract class TokenAudienceContract {

    private final String path;
    private final String role;

    /** {@code path}: a read that {@code role} may make. */
    protected TokenAudienceContract(String path, String role) {
        this.path = path;
        this.role = role;
    }

    /** The token rules of the %dev,prod profile, applied as they are. */
    public static class AsInProduction implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Properties properties = new Properties();
            try (InputStream in = Thread.currentThread().getContextClassLoader()
                    .getResourceAsStream("application.properties")) {
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
        given().auth().oauth2(sign(token("assises", "Bearer", "assises-gateway"))).when().get(path)
                .then().statusCode(200);
    }

    @Test
    void anIdTokenIsRefusedAs401() {
        given().auth().oauth2(sign(token("assises-gateway", "ID", "assises-gateway"))).when().get(path)
                .then().statusCode(401);
        // the type alone is enough: an ID token that would name Assises as its audience
        given().auth().oauth2(sign(token("assises", "ID", "assises-gateway"))).when().get(path)
                .then().statusCode(401);
    }

    @Test
    void aTokenForAnotherAudienceIsRefusedAs401() {
        given().auth().oauth2(sign(token("account", "Bearer", "admin-cli"))).when().get(path).then().statusCode(401);
        given().auth().oauth2(sign(token("autre-application", "Bearer", "autre-application"))).when().get(path)
                .then().statusCode(401);
        given().auth().oauth2(sign(token(null, "Bearer", "admin-cli"))).when().get(path).then().statusCode(401);
        given().auth().oauth2(TestTokens.token("sans-audience", role)).when().get(path).then().statusCode(401);
    }

    /** Shaped like Keycloak's tokens: the role in {@code realm_access}, the client in {@code azp}. */
    private JwtClaimsBuilder token(String audience, String type, String client) {
        String subject = UUID.randomUUID().toString();
        JwtClaimsBuilder builder = Jwt.issuer(TestTokens.ISSUER).subject(subject).claim("preferred_username", subject)
                .claim("typ", type).claim("azp", client)
                .claim("realm_access", Map.of("roles", List.of(role))).groups(Set.of(role)).expiresIn(300);
        return audience == null ? builder : builder.audience(audience);
    }

    private static String sign(JwtClaimsBuilder builder) {
        try (InputStream in = TokenAudienceContract.class.getClassLoader()
                .getResourceAsStream("assises-test-private.pem")) {
            PrivateKey key = KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            return builder.sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("test signing key unreadable", e);
        }
    }
}
