package fr.assises.gateway.protection;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import fr.assises.common.problem.ProblemType;
import fr.assises.gateway.proxy.GatewayConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * A bearer token must be an access token issued for Assises: its audience names Assises and its type is Bearer, so an
 * ID token, a token of Keycloak's admin-cli client or of another application gets 401 (it was let in, then met a 403).
 * The rules are checked here rather than with {@code quarkus.oidc.token.audience}, as the gateway's single OIDC tenant
 * also verifies the ID token of its own code flow, whose audience is the gateway's client and whose type is ID. The
 * token's claims are read before Quarkus OIDC verifies its signature: this only refuses more, and whatever passes is
 * then verified in full.
 */
@ApplicationScoped
public class BearerTokenRules {

    /** After the early protections (path, size, origin), before authentication. */
    static final int ORDER = ProtectionRoutes.ORDER_EARLY + 100;

    @Inject
    GatewayConfig config;

    void register(@Observes Router router) {
        Optional<String> audience = config.bearer().audience();
        Optional<String> type = config.bearer().type();
        if (audience.isEmpty() && type.isEmpty()) {
            return;
        }
        router.route().order(ORDER).handler(rc -> {
            String refusal = refusal(rc, audience, type);
            if (refusal == null) {
                rc.next();
                return;
            }
            boolean wrongType = refusal.equals("typ");
            rc.response().putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\", error_description=\""
                    + (wrongType ? "token type must be " + type.get() : "audience must be " + audience.get()) + "\"");
            Problems.send(rc, ProblemType.UNAUTHENTICATED, "Ce jeton n'est pas un jeton d'accès délivré pour Assises ("
                    + (wrongType ? "type attendu\u00a0: " + type.get() : "audience attendue\u00a0: " + audience.get())
                    + ").");
        });
    }

    /** The claim for which the request's bearer token is refused ({@code typ}, {@code aud}), or null. */
    private static String refusal(RoutingContext rc, Optional<String> audience, Optional<String> type) {
        String authorization = rc.request().getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("bearer ")) {
            return null;
        }
        String[] parts = authorization.substring("bearer ".length()).trim().split("\\.");
        if (parts.length != 3) {
            return null; // not a JWT: Quarkus OIDC refuses it
        }
        JsonObject claims;
        try {
            claims = new JsonObject(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        } catch (RuntimeException e) {
            return null;
        }
        if (type.isPresent() && !type.get().equals(claims.getValue("typ"))) {
            return "typ";
        }
        if (audience.isPresent() && !names(claims.getValue("aud"), audience.get())) {
            return "aud";
        }
        return null;
    }

    private static boolean names(Object aud, String expected) {
        if (aud instanceof String single) {
            return single.equals(expected);
        }
        return aud instanceof JsonArray many && many.contains(expected);
    }
}
