package fr.assises.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.assises.common.problem.ProblemType;
import fr.assises.gateway.protection.Problems;
import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.WebServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Routes {@code /api/<service>/**} to the services with Vert.x's reverse proxy: bodies stream through,
 * the caller's {@code Authorization} header is relayed as is, and every exchange carries an
 * {@code X-Request-Id} (kept when the caller sent a well-formed one, generated otherwise).
 */
@ApplicationScoped
public class ApiProxy {

    public static final String REQUEST_ID = "X-Request-Id";
    /** The instant the gateway stops waiting for the service (read by common's RequestDeadline). */
    public static final String DEADLINE = "X-Request-Deadline";
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,128}");
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    @Inject
    GatewayConfig config;

    void register(@Observes Router router, Vertx vertx) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(64));
        for (Map.Entry<String, URI> route : config.routes().entrySet()) {
            URI origin = route.getValue();
            SocketAddress address = SocketAddress.inetSocketAddress(port(origin), origin.getHost());
            long timeout = config.requestTimeout().toMillis();
            HttpProxy proxy = HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                            .setServer(address).setIdleTimeout(timeout)))
                    .addInterceptor(new RequestIdInterceptor())
                    .addInterceptor(new LocationInterceptor(origin))
                    .addInterceptor(new BufferedBodyInterceptor())
                    .addInterceptor(new UpstreamInterceptor(route.getKey(), config.requestTimeout()));
            String prefix = "/api/" + route.getKey();
            router.route(prefix).order(-100).handler(rc -> forward(rc, proxy));
            router.route(prefix + "/*").order(-100).handler(rc -> forward(rc, proxy));
            LOG.infof("Routing %s/** to %s", prefix, origin);
        }
    }

    private static void forward(RoutingContext rc, HttpProxy proxy) {
        HttpServerRequest request = rc.request();
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            request.headers().set(REQUEST_ID, UUID.randomUUID().toString());
        }
        Uni<SecurityIdentity> deferred = rc.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
        if (request.getHeader(HttpHeaders.AUTHORIZATION) != null || deferred == null || !hasSessionCookie(request)) {
            proxy.handle(request);
            return;
        }
        // A browser call carrying only the session cookie: the services validate bearer tokens, so relay the
        // session's access token. A session that cannot be restored goes through without one (the service says 401).
        request.pause();
        deferred.subscribe().with(identity -> {
            AccessTokenCredential token = identity == null ? null : identity.getCredential(AccessTokenCredential.class);
            if (token != null && token.getToken() != null) {
                request.headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + token.getToken());
            }
            proxy.handle(request);
        }, failure -> proxy.handle(request));
    }

    private static boolean hasSessionCookie(HttpServerRequest request) {
        for (Cookie cookie : request.cookies()) {
            if (cookie.getName().startsWith("q_session")) {
                return true;
            }
        }
        return false;
    }

    private static int port(URI uri) {
        if (uri.getPort() > 0) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    /**
     * Gives the service the caller's deadline and turns a failed exchange into a problem+json naming the service
     * in words: 504 when the service did not answer in time, 502 when it could not be reached.
     */
    static final class UpstreamInterceptor implements ProxyInterceptor {

        private static final Map<String, String> SERVICE_NAMES = Map.of(
                "programme", "Le service du programme",
                "registration", "Le service des inscriptions",
                "budget", "Le service du budget",
                "evaluation", "Le service de l'évaluation");

        private final String service;
        private final String serviceName;
        private final Duration timeout;

        UpstreamInterceptor(String service, Duration timeout) {
            this.service = service;
            this.serviceName = SERVICE_NAMES.getOrDefault(service, "Le service demandé");
            this.timeout = timeout;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            context.request().headers().set(DEADLINE, Instant.now().plus(timeout).toString());
            return context.sendRequest().recover(failure -> {
                boolean timedOut = isTimeout(failure);
                ProblemType type = timedOut ? ProblemType.GATEWAY_TIMEOUT : ProblemType.BAD_GATEWAY;
                int status = type.status();
                String detail = timedOut
                        ? serviceName + " n'a pas répondu à temps ; la requête a été abandonnée. Réessayez dans un instant."
                        : serviceName + " ne répond pas pour le moment. Réessayez dans un instant.";
                // the service and the request id, not the path: a path may hold a personal survey token
                LOG.warnf("%d for a request to %s (request id %s): %s", status, service,
                        context.request().proxiedRequest().getHeader(REQUEST_ID), failure.getClass().getName());
                JsonObject problem = Problems.of(type, detail, context.request().proxiedRequest().path());
                ProxyResponse response = context.request().response()
                        .setStatusCode(status)
                        .setStatusMessage(timedOut ? "Gateway Timeout" : "Bad Gateway")
                        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                        .setBody(Body.body(problem.toBuffer()));
                return Future.succeededFuture(response);
            });
        }

        private static boolean isTimeout(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Sends the body the gateway has already read, if it has: one of unknown length is read whole to enforce the size
     * limit (see ProtectionRoutes), so the request stream has nothing left to pipe.
     */
    static final class BufferedBodyInterceptor implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            if (context.request().proxiedRequest() instanceof WebServerRequest web
                    && web.routingContext().body().available()) {
                context.request().setBody(Body.body(web.routingContext().body().buffer()));
            }
            return context.sendRequest();
        }
    }

    /** Sends the request id to the service and back to the caller. */
    static final class RequestIdInterceptor implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            String requestId = context.request().proxiedRequest().getHeader(REQUEST_ID);
            context.request().headers().set(REQUEST_ID, requestId);
            // the services are stateless APIs: the gateway's session cookie stays at the gateway
            context.request().headers().remove(HttpHeaders.COOKIE);
            return context.sendRequest();
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String requestId = context.request().proxiedRequest().getHeader(REQUEST_ID);
            context.response().headers().set(REQUEST_ID, requestId);
            return context.sendResponse();
        }
    }

    /**
     * A service writes {@code Location} with the address it was called on, which is its internal one: the caller gets
     * the same path on the gateway's address (a path-only reference, resolved by clients against the URL they called).
     */
    static final class LocationInterceptor implements ProxyInterceptor {

        private final String origin;

        LocationInterceptor(URI origin) {
            this.origin = origin.getScheme() + "://" + origin.getHost() + ":" + port(origin);
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            String location = context.response().headers().get(HttpHeaders.LOCATION);
            String publicLocation = location == null ? null : publicLocation(location);
            if (publicLocation != null) {
                context.response().headers().set(HttpHeaders.LOCATION, publicLocation);
            }
            return context.sendResponse();
        }

        /** The path (with query and fragment) of a location on the service's own address, else null. */
        String publicLocation(String location) {
            try {
                URI uri = URI.create(location);
                if (!uri.isAbsolute() || uri.getHost() == null) {
                    return null;
                }
                String authority = uri.getScheme() + "://" + uri.getHost() + ":" + port(uri);
                if (!authority.equalsIgnoreCase(origin)) {
                    return null;
                }
                return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                        + (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }
}
