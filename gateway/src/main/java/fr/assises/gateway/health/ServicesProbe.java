package fr.assises.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import fr.assises.gateway.proxy.GatewayConfig;

/** Calls each routed service with a short timeout, all at once, and never throws. */
@ApplicationScoped
public class ServicesProbe {

    /** What one service answered: its HTTP status and body, or a status of 0 when it could not be reached. */
    public record Answer(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final GatewayConfig config;
    private final HttpClient client;

    ServicesProbe(GatewayConfig config) {
        this.config = config;
        this.client = HttpClient.newBuilder().connectTimeout(config.serviceProbeTimeout()).build();
    }

    /** GET {@code path} on every service, keyed by service name, in allow-list order. */
    public Map<String, Answer> getAll(String path) {
        Map<String, CompletableFuture<Answer>> pending = new LinkedHashMap<>();
        config.routes().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(route -> {
            HttpRequest request = HttpRequest.newBuilder(URI.create(route.getValue().toString() + path))
                    .timeout(config.serviceProbeTimeout())
                    .header("Accept", "application/json")
                    .GET().build();
            pending.put(route.getKey(), client.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                    .thenApply(r -> new Answer(r.statusCode(), r.body()))
                    .exceptionally(e -> new Answer(0, null)));
        });
        Map<String, Answer> answers = new LinkedHashMap<>();
        pending.forEach((name, future) -> answers.put(name, future.join()));
        return answers;
    }
}
