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

    private Vertx vertx;

    @Override
    public Map<String, String> start() {
        vertx = Vertx.vertx();
        HttpServer server = vertx.createHttpServer().requestHandler(request -> request.body().onSuccess(body -> {
            JsonObject echo = new JsonObject()
                    .put("method", request.method().name())
                    .put("path", request.path())
                    .put("query", request.query())
                    .put("authorization", request.getHeader("Authorization"))
                    .put("requestId", request.getHeader("X-Request-Id"))
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
                    "assises.gateway.routes.registration", "http://127.0.0.1:" + closedPort());
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
