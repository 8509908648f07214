package fr.assises.gateway;

import java.net.ServerSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.json.JsonObject;

/**
 * A stand-in service behind the gateway: answers every request with what it received (method, path, query,
 * relayed headers, body length), so routing tests see exactly what reached the service.
 * The registration route points at a closed port to show what a caller gets when a service is down.
 */
public class EchoBackendResource implements QuarkusTestResourceLifecycleManager {

    private static final String OPENAPI = new JsonObject()
            .put("openapi", "3.0.3")
            .put("info", new JsonObject().put("title", "echo"))
            .put("paths", new JsonObject().put("/api/programme/public/congresses",
                    new JsonObject().put("get", new JsonObject().put("operationId", "congresses"))))
            .put("components", new JsonObject().put("schemas", new JsonObject().put("Congress",
                    new JsonObject().put("type", "object"))))
            .encode();

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            if (request.path().equals("/q/health/ready")) {
                request.response().putHeader("Content-Type", "application/json").end("{\"status\":\"UP\"}");
                return;
            }
            if (request.path().equals("/q/openapi")) {
                request.response().putHeader("Content-Type", "application/json").end(OPENAPI);
                return;
            }
            String delay = request.getParam("delayMs");
            if (delay != null) {
                // a slow service: answers only after the delay
                vertx.setTimer(Long.parseLong(delay), id -> request.response().putHeader("Content-Type",
                        "application/json").end(new JsonObject().put("late", true).encode()));
                return;
            }
            if (request.getParam("created") != null) {
                // what a service writes after a creation: a Location on the address it was called on
                request.response().setStatusCode(201)
                        .putHeader("Location", "http://" + request.authority() + request.path() + "/c-1?view=full")
                        .end();
                return;
            }
            String status = request.getParam("status");
            if (status != null) {
                request.response().setStatusCode(Integer.parseInt(status))
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("WWW-Authenticate", "Bearer")
                        .end(new JsonObject().put("status", Integer.parseInt(status)).put("title", "refus").encode());
                return;
            }
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
                    .put("deadline", request.getHeader("X-Request-Deadline"))
                    .put("cookie", request.getHeader("Cookie"))
                    .put("bodyLength", body.length());
            request.response().putHeader("Content-Type", "application/json").end(echo.encode());
        }));
        try {
            server.listen(0, "127.0.0.1").toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            String echo = "http://127.0.0.1:" + server.actualPort();
            return Map.of(
                    "assises.gateway.routes.programme", echo,
                    "assises.gateway.routes.budget", echo,
                    "assises.gateway.routes.evaluation", echo,
                    "assises.gateway.routes.registration", "http://127.0.0.1:" + closedPort(),
                    "assises.gateway.request-timeout", "PT2S");
        } catch (Exception e) {
            throw new IllegalStateException("echo backend did not start", e);
        }
    }

    private static int closedPort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }
}
