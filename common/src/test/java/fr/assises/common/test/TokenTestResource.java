package fr.assises.common.test;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Makes the service validate bearer tokens signed by {@link TestTokens}, with the same checks as against
 * Keycloak (signature, issuer, expiry) but without a running identity provider.
 */
public class TokenTestResource implements QuarkusTestResourceLifecycleManager {

    @Override
    public Map<String, String> start() {
        return Map.of(
                "quarkus.oidc.public-key", TestTokens.publicKeyBase64(),
                "quarkus.oidc.token.issuer", TestTokens.ISSUER);
    }

    @Override
    public void stop() {
        // nothing to stop
    }
}
