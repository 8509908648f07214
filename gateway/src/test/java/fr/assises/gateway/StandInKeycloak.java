package fr.assises.gateway;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import fr.assises.common.test.TestTokens;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Keycloak's token endpoint, enough for the gateway to finish a code flow: any code is exchanged for an ID token for
 * the gateway's client and a participant's access token, both signed with the test key. The gateway then runs its
 * real login (state cookie, then session cookie), with discovery off and the realm's paths configured.
 */
public class StandInKeycloak implements QuarkusTestResourceLifecycleManager {

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().endsWith("/certs")) {
                request.response().putHeader("Content-Type", "application/json").end(jwks());
                return;
            }
            String subject = UUID.randomUUID().toString();
            String idToken = Jwt.issuer(TestTokens.ISSUER).subject(subject).audience("assises-gateway")
                    .claim("preferred_username", subject).expiresIn(300).sign(privateKey());
            request.response().putHeader("Content-Type", "application/json").end(new JsonObject()
                    .put("id_token", idToken).put("access_token", TestTokens.participant(subject))
                    .put("token_type", "Bearer").put("expires_in", 300).encode());
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("stand-in Keycloak did not start", e);
        }
        String realm = "http://127.0.0.1:" + server.actualPort() + "/realms/assises";
        return Map.ofEntries(
                Map.entry("quarkus.oidc.application-type", "hybrid"),
                Map.entry("quarkus.oidc.auth-server-url", realm),
                Map.entry("quarkus.oidc.discovery-enabled", "false"),
                Map.entry("quarkus.oidc.authorization-path", "protocol/openid-connect/auth"),
                Map.entry("quarkus.oidc.token-path", "protocol/openid-connect/token"),
                Map.entry("quarkus.oidc.jwks-path", "protocol/openid-connect/certs"),
                Map.entry("quarkus.oidc.end-session-path", "protocol/openid-connect/logout"),
                Map.entry("quarkus.oidc.credentials.secret", "test-secret"),
                Map.entry("assises.gateway.routes.programme", "http://127.0.0.1:1"),
                Map.entry("assises.gateway.routes.registration", "http://127.0.0.1:1"),
                Map.entry("assises.gateway.routes.budget", "http://127.0.0.1:1"),
                Map.entry("assises.gateway.routes.evaluation", "http://127.0.0.1:1"));
    }

    /** The test public key as a JSON Web Key Set, as Keycloak publishes its keys. */
    private static String jwks() {
        try {
            RSAPublicKey key = (RSAPublicKey) KeyUtils.decodePublicKey(TestTokens.publicKeyBase64());
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            JsonObject jwk = new JsonObject().put("kty", "RSA").put("use", "sig").put("alg", "RS256")
                    .put("n", url.encodeToString(unsigned(key.getModulus())))
                    .put("e", url.encodeToString(unsigned(key.getPublicExponent())));
            return new JsonObject().put("keys", new JsonArray().add(jwk)).encode();
        } catch (Exception e) {
            throw new IllegalStateException("test public key unreadable", e);
        }
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static PrivateKey privateKey() {
        try (InputStream in = StandInKeycloak.class.getClassLoader().getResourceAsStream("assises-test-private.pem")) {
            return KeyUtils.decodePrivateKey(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException("test signing key unreadable", e);
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
