package fr.assises.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
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
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.impl.ContextInternal;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.WebServerRequest;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyRequest;
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
    /** Connections to one service that one event loop may open (the gateway had 64 in all before, issue 17). */
    private static final int CONNECTIONS_PER_EVENT_LOOP = 64;
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._-]{8,128}");
    private static final Logger LOG = Logger.getLogger(ApiProxy.class);

    @Inject
    GatewayConfig config;

    private final Map<Object, Map<String, HttpProxy>> perEventLoop = new ConcurrentHashMap<>();
    private volatile Vertx vertx;

    void register(@Observes Router router, Vertx vertx) {
        this.vertx = vertx;
        Map<String, URI> routes = config.routes();
        for (Map.Entry<String, URI> route : routes.entrySet()) {
            String service = route.getKey();
            String prefix = "/api/" + service;
            router.route(prefix).order(-100).handler(rc -> forward(rc, proxy(service)));
            router.route(prefix + "/*").order(-100).handler(rc -> forward(rc, proxy(service)));
            LOG.infof("Routing %s/** to %s", prefix, route.getValue());
        }
    }

    /**
     * The proxy to the service for the calling event loop. Each event loop has its own HTTP client, so the connections
     * to the services it opens are its own: a request and its upstream exchange stay on one thread. One client shared
     * by every event loop hands a connection opened by one loop to a request of another, and every read and write of
     * that exchange then crosses threads (a task queued and the other loop woken up), which cost more than the proxy
     * itself (issue 17).
     */
    HttpProxy proxy(String service) {
        Context context = Vertx.currentContext();
        Object loop = context instanceof ContextInternal internal ? internal.nettyEventLoop() : Thread.currentThread();
        Map<String, HttpProxy> proxies = perEventLoop.get(loop);
        if (proxies == null) {
            proxies = perEventLoop.computeIfAbsent(loop, l -> createProxies());
        }
        return proxies.get(service);
    }

    private Map<String, HttpProxy> createProxies() {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setIdleTimeout((int) config.idleTimeout().toSeconds())
                .setIdleTimeoutUnit(TimeUnit.SECONDS)
                .setKeepAlive(true), new PoolOptions().setHttp1MaxSize(CONNECTIONS_PER_EVENT_LOOP));
        Map<String, HttpProxy> proxies = new HashMap<>();
        long timeout = config.requestTimeout().toMillis();
        for (Map.Entry<String, URI> route : config.routes().entrySet()) {
            URI origin = route.getValue();
            SocketAddress address = SocketAddress.inetSocketAddress(port(origin), origin.getHost());
            proxies.put(route.getKey(), HttpProxy.reverseProxy(client)
                    .originRequestProvider((request, httpClient) -> httpClient.request(new RequestOptions()
                            .setServer(address).setIdleTimeout(timeout)))
                    .addInterceptor(new ServiceInterceptor(route.getKey(), origin, config.requestTimeout())));
        }
        return proxies;
    }

    /** Proxies a request to a service: what the route does once the protections have let the request through. */
    public void forward(RoutingContext rc, String service) {
        forward(rc, proxy(service));
    }

    /** The service whose routes take this path ({@code /api/<service>} or below), or null. */
    public String serviceOf(String path) {
        if (!path.startsWith("/api/")) {
            return null;
        }
        int end = path.indexOf('/', 5);
        String service = end < 0 ? path.substring(5) : path.substring(5, end);
        return config.routes().containsKey(service) ? service : null;
    }

    private static void forward(RoutingContext rc, HttpProxy proxy) {
        HttpServerRequest request = rc.request();
        String requestId = request.getHeader(REQUEST_ID);
        if (requestId == null || !SAFE_REQUEST_ID.matcher(requestId).matches()) {
            request.headers().set(REQUEST_ID, newRequestId());
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

    /**
     * A random (version 4) UUID from the thread's generator: a request id is a correlation id, not a secret, and
     * {@code UUID.randomUUID()} draws from the shared SecureRandom on every request.
     */
    static String newRequestId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(0xC000000000000000L) | 0x8000000000000000L;
        return new UUID(high, low).toString();
    }

    /** The last deadline written, reused by the requests of the same millisecond (formatting an instant is not free). */
    private static volatile Deadline lastDeadline = new Deadline(0, Instant.EPOCH.toString());

    private record Deadline(long epochMillis, String text) {
    }

    /** An instant as common's RequestDeadline reads it (ISO-8601, {@code Instant.parse}). */
    static String deadline(long epochMillis) {
        Deadline last = lastDeadline;
        if (last.epochMillis() != epochMillis) {
            last = new Deadline(epochMillis, Instant.ofEpochMilli(epochMillis).toString());
            lastDeadline = last;
        }
        return last.text();
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
     * What the gateway adds to an exchange with a service, in one interceptor (each one more is a chain of futures per
     * request): the request id both ways, no session cookie to the service, the body already read if it was, the
     * caller's deadline, the service's {@code Location} made public, and a failed exchange turned into a problem+json
     * naming the service in words: 504 when the service did not answer in time, 502 when it could not be reached.
     */
    static final class ServiceInterceptor implements ProxyInterceptor {

        private static final Map<String, String> SERVICE_NAMES = Map.of(
                "programme", "Le service du programme",
                "registration", "Le service des inscriptions",
                "budget", "Le service du budget",
                "evaluation", "Le service de l'évaluation");

        private final String service;
        private final String serviceName;
        private final String origin;
        private final long timeoutMillis;

        ServiceInterceptor(String service, URI origin, Duration timeout) {
            this.service = service;
            this.serviceName = SERVICE_NAMES.getOrDefault(service, "Le service demandé");
            this.origin = origin.getScheme() + "://" + origin.getHost() + ":" + port(origin);
            this.timeoutMillis = timeout.toMillis();
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            ProxyRequest request = context.request();
            HttpServerRequest caller = request.proxiedRequest();
            MultiMap headers = request.headers();
            headers.set(REQUEST_ID, caller.getHeader(REQUEST_ID));
            // the services are stateless APIs: the gateway's session cookie stays at the gateway
            headers.remove(HttpHeaders.COOKIE);
            headers.set(DEADLINE, deadline(System.currentTimeMillis() + timeoutMillis));
            // a body of unknown length has been read whole to enforce the size limit (see ProtectionRoutes), so the
            // request stream has nothing left to pipe: send what was read
            if (caller instanceof WebServerRequest web && web.routingContext().body().available()) {
                request.setBody(Body.body(web.routingContext().body().buffer()));
            }
            return context.sendRequest().recover(failure -> Future.succeededFuture(problem(context, failure)));
        }

        @Override
        public Future<Void> handleProxyResponse(ProxyContext context) {
            MultiMap headers = context.response().headers();
            headers.set(REQUEST_ID, context.request().proxiedRequest().getHeader(REQUEST_ID));
            String location = headers.get(HttpHeaders.LOCATION);
            String publicLocation = location == null ? null : publicLocation(location);
            if (publicLocation != null) {
                headers.set(HttpHeaders.LOCATION, publicLocation);
            }
            return context.sendResponse();
        }

        private ProxyResponse problem(ProxyContext context, Throwable failure) {
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
            return context.request().response()
                    .setStatusCode(status)
                    .setStatusMessage(timedOut ? "Gateway Timeout" : "Bad Gateway")
                    .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
                    .setBody(Body.body(problem.toBuffer()));
        }

        private static boolean isTimeout(Throwable failure) {
            for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                if (t instanceof TimeoutException || t.getClass().getSimpleName().contains("Timeout")) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A service writes {@code Location} with the address it was called on, which is its internal one: the caller
         * gets the same path on the gateway's address (a path-only reference, resolved by clients against the URL they
         * called). The path (with query and fragment) of a location on the service's own address, else null.
         */
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
