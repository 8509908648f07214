package fr.assises.gateway.protection;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import fr.assises.gateway.proxy.ApiProxy;
import fr.assises.gateway.proxy.GatewayConfig;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import fr.assises.common.problem.ProblemType;
import io.vertx.core.Handler;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * What every request goes through before it reaches a page or a service: security headers, a path spelled the
 * way the services route it, CORS (closed unless an origin is allow-listed), the body size limit, rate limits,
 * and a problem+json 404 at the end.
 */
@ApplicationScoped
public class ProtectionRoutes {

    /** Before Quarkus's own filters (CORS, authentication), after the access log. */
    static final int ORDER_EARLY = -5000;
    /**
     * Callers without credentials, before authentication (filter priority 200 = order -200): they have nothing to
     * authenticate, so they are limited by address here, and the public API reads go to the proxy at once.
     */
    static final int ORDER_ANONYMOUS = -250;
    /** Callers with credentials: after authentication, before authorization and the proxy. */
    static final int ORDER_RATE_LIMIT = -150;
    /** Set on a request already limited by address before authentication. */
    private static final String LIMITED = ProtectionRoutes.class.getName() + ".limited";

    private static final Pattern REGISTRATION_WRITE = Pattern.compile(
            "/api/registration/(congresses/[^/]+/registrations|me/registrations|registrations)(/.*)?"
                    + "|/espace/inscription(/.*)?");
    private static final Pattern SURVEY_WRITE = Pattern.compile(
            "/api/evaluation/.*(responses?|surveys?|answers?)(/.*)?|/espace/enquete(/.*)?|/enquete(/.*)?");
    /** The endpoints anyone may call: the public API reads and the public pages. */
    private static final Pattern ANONYMOUS_ENDPOINT = Pattern.compile(
            "/api/programme/public(/.*)?|/api/registration/congresses/[^/]+/availability"
                    + "|/api/evaluation/public(/.*)?|/|/congres(/.*)?|/programme(/.*)?|/enquete(/.*)?");

    @Inject
    GatewayConfig config;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    ApiProxy proxy;

    @ConfigProperty(name = "quarkus.oidc.auth-server-url")
    Optional<String> authServerUrl;

    void register(@Observes Router router) {
        String formAction = "'self'" + authServerUrl.map(ProtectionRoutes::origin).map(o -> " " + o).orElse("");
        Handler<RoutingContext> bodyLimit = BodyHandler.create(false).setBodyLimit(config.maxBodySize());
        SecurityHeaders securityHeaders = new SecurityHeaders(formAction);
        router.route().order(ORDER_EARLY).handler(rc -> early(rc, securityHeaders, bodyLimit));
        router.route().order(ORDER_EARLY).failureHandler(rc -> {
            if (rc.statusCode() == 413) {
                refuseTooBig(rc);
            } else {
                rc.next();
            }
        });
        router.route().order(ORDER_ANONYMOUS).handler(this::anonymous);
        router.route().order(ORDER_RATE_LIMIT).handler(this::rateLimit);
        router.route().order(Integer.MAX_VALUE - 100).handler(rc -> Problems.send(rc, ProblemType.NOT_FOUND,
                "Aucune page ni API ne correspond à cette adresse."));
    }

    private void early(RoutingContext rc, SecurityHeaders securityHeaders, Handler<RoutingContext> bodyLimit) {
        rc.addHeadersEndHandler(v -> securityHeaders.apply(rc));
        HttpServerRequest request = rc.request();
        if (!CanonicalPath.isCanonical(request.path())) {
            Problems.send(rc, ProblemType.NON_CANONICAL_PATH,
                    "Écrivez l'adresse sans « // », « ./ », « ../ », paramètres « ; » ni caractères encodés inutilement.");
            return;
        }
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && tooBig(length)) {
            refuseTooBig(rc);
            return;
        }
        String origin = request.getHeader(HttpHeaders.ORIGIN);
        if (origin != null && !sameOrigin(request, origin)) {
            List<String> allowed = config.corsOrigins().orElse(List.of());
            if (!allowed.contains(origin)) {
                Problems.send(rc, ProblemType.FORBIDDEN,
                        "Cette origine n'est pas autorisée à appeler la passerelle.");
                return;
            }
            rc.response().putHeader("Access-Control-Allow-Origin", origin)
                    .putHeader("Access-Control-Allow-Credentials", "true")
                    .putHeader("Vary", "Origin");
            if (request.method() == HttpMethod.OPTIONS
                    && request.getHeader("Access-Control-Request-Method") != null) {
                rc.response().setStatusCode(204)
                        .putHeader("Access-Control-Allow-Methods", "GET, POST, PUT, PATCH, DELETE")
                        .putHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, X-Request-Id")
                        .putHeader("Access-Control-Max-Age", "600")
                        .end();
                return;
            }
        }
        if (length == null && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
            readBodyOfUnknownLength(rc, bodyLimit);
            return;
        }
        rc.next();
    }

    /**
     * A chunked body (no {@code Content-Length}) cannot be judged on its headers: it is read here,
     * up to the limit, so that an oversized one is refused by the gateway (413 problem+json through the failure
     * handler) instead of being streamed to a service that answers a bare 413 or drops the connection (502). The
     * pages and the proxy then take the body already read.
     */
    private void readBodyOfUnknownLength(RoutingContext rc, Handler<RoutingContext> bodyLimit) {
        String type = rc.request().getHeader(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            // Vert.x parses a multipart body instead of keeping it, and nothing behind the gateway takes one
            Problems.send(rc, ProblemType.LENGTH_REQUIRED,
                    "Un envoi multipart doit indiquer sa longueur (Content-Length).");
            return;
        }
        bodyLimit.handle(rc);
    }

    private void refuseTooBig(RoutingContext rc) {
        rc.response().putHeader(HttpHeaders.CONNECTION, "close");
        Problems.send(rc, ProblemType.PAYLOAD_TOO_LARGE,
                "Le corps de la requête dépasse " + config.maxBodySize() + " octets.");
    }

    private boolean tooBig(String length) {
        try {
            return Long.parseLong(length.trim()) > config.maxBodySize();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean sameOrigin(HttpServerRequest request, String origin) {
        String host = request.getHeader(HttpHeaders.HOST);
        return host != null && origin.equalsIgnoreCase(request.scheme() + "://" + host);
    }

    /**
     * A request without credentials: its limit is the address's, known before authentication. A public API read then
     * needs nothing else before the proxy (no identity, no page): it is forwarded here, without going through
     * authentication and Quarkus REST's own per-request work for the pages (issue 17: that work was a tenth of the
     * gateway's time on the public programme).
     */
    private void anonymous(RoutingContext rc) {
        HttpServerRequest request = rc.request();
        if (hasCredentials(request)) {
            rc.next();
            return;
        }
        rc.put(LIMITED, Boolean.TRUE);
        RateLimiter.Policy policy = policy(request);
        if (policy == null) {
            rc.next();
            return;
        }
        if (!consume(rc, policy, "ip:" + clientIp(request))) {
            return;
        }
        String service = policy == RateLimiter.Policy.ANONYMOUS ? proxy.serviceOf(request.path()) : null;
        if (service != null) {
            proxy.forward(rc, service);
        } else {
            rc.next();
        }
    }

    /** Which limit applies to a request, or null when none does. */
    private static RateLimiter.Policy policy(HttpServerRequest request) {
        String path = request.path();
        HttpMethod method = request.method();
        boolean write = method != HttpMethod.GET && method != HttpMethod.HEAD && method != HttpMethod.OPTIONS;
        if (write && REGISTRATION_WRITE.matcher(path).matches()) {
            return RateLimiter.Policy.REGISTRATION;
        } else if (write && SURVEY_WRITE.matcher(path).matches()) {
            return RateLimiter.Policy.SURVEY;
        } else if (ANONYMOUS_ENDPOINT.matcher(path).matches()) {
            return RateLimiter.Policy.ANONYMOUS;
        }
        return null;
    }

    private void rateLimit(RoutingContext rc) {
        if (rc.get(LIMITED) != null) {
            rc.next();
            return;
        }
        HttpServerRequest request = rc.request();
        RateLimiter.Policy policy = policy(request);
        if (policy == null) {
            // other routes: the token goes to the service untouched, which validates it and answers 401/403
            rc.next();
            return;
        }
        RateLimiter.Policy chosen = policy;
        Uni<SecurityIdentity> deferred = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (!hasCredentials(request) || deferred == null) {
            apply(rc, chosen, "ip:" + clientIp(request));
            return;
        }
        // The subject is the key, so it must be verified: a caller with an invalid token gets 401 here
        // (Quarkus fails the request when the identity cannot be established) instead of a fresh allowance.
        deferred.subscribe().with(identity -> {
            if (identity == null || identity.isAnonymous()) {
                apply(rc, chosen, "ip:" + clientIp(request));
            } else {
                apply(rc, chosen, "sub:" + subject(identity));
            }
        }, failure -> {
            if (!rc.failed() && !rc.response().ended()) {
                rc.fail(401, failure);
            }
        });
    }

    private void apply(RoutingContext rc, RateLimiter.Policy policy, String client) {
        if (consume(rc, policy, client)) {
            rc.next();
        }
    }

    /** Whether the client may go on; if not, it has been answered 429 with the time to wait. */
    private boolean consume(RoutingContext rc, RateLimiter.Policy policy, String client) {
        RateLimiter.Decision decision = rateLimiter.tryConsume(policy, client);
        if (decision.allowed()) {
            return true;
        }
        rc.response().putHeader("Retry-After", Long.toString(decision.retryAfterSeconds()));
        Problems.send(rc, ProblemType.TOO_MANY_REQUESTS,
                "Trop de requêtes en peu de temps : réessayez dans " + decision.retryAfterSeconds() + " s.");
        return false;
    }

    static boolean hasCredentials(HttpServerRequest request) {
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null) {
            return true;
        }
        for (Cookie cookie : request.cookies()) {
            if (cookie.getName().startsWith("q_session")) {
                return true;
            }
        }
        return false;
    }

    private static String subject(SecurityIdentity identity) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return identity.getPrincipal().getName();
    }

    private static String clientIp(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }

    private static String origin(String url) {
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getAuthority();
    }
}
