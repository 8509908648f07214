package fr.assises.registration.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Keycloak's token endpoint and the two admin operations registration-service calls, answering as Keycloak 26
 * does: client-credentials tokens for the one service-account client and secret, 401 without a valid bearer
 * token, 404 {@code {"error":"User not found"}} for an unknown user, 204 on deletion. Tests drive it over HTTP
 * under {@code /stand-in/…} (users and their realm roles, Keycloak down), since the application and the tests
 * do not share classes. Started once for every test of the module, like the database and Kafka.
 */
@QuarkusTestResource(KeycloakAdminStandIn.class)
public class KeycloakAdminStandIn implements QuarkusTestResourceLifecycleManager {

    static final String CLIENT_ID = "assises-registration-accounts";
    static final String SECRET = "test-only-accounts-secret";
    private static final Pattern ROLES = Pattern.compile("/admin/realms/assises/users/([^/]+)/role-mappings/realm/composite");
    private static final Pattern USER = Pattern.compile("/admin/realms/assises/users/([^/]+)");
    private static final Pattern STAND_IN_USER = Pattern.compile("/stand-in/users/([^/]+)");

    private HttpServer server;
    private final Map<String, List<String>> users = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private volatile boolean down;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(2));
        server.start();
        Map<String, String> config = new HashMap<>();
        config.put("assises.accounts.realm-url", "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/assises");
        config.put("assises.accounts.client-secret", SECRET);
        return config;
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        try (exchange) {
            if (path.startsWith("/stand-in/")) {
                control(exchange, method, path);
            } else if (down) {
                answer(exchange, 503, "");
            } else if ("POST".equals(method) && "/realms/assises/protocol/openid-connect/token".equals(path)) {
                token(exchange);
            } else if (!authorised(exchange)) {
                answer(exchange, 401, "{\"error\":\"HTTP 401 Unauthorized\"}");
            } else {
                admin(exchange, method, path);
            }
        }
    }

    private void token(HttpExchange exchange) throws IOException {
        Map<String, String> form = Arrays.stream(new String(exchange.getRequestBody().readAllBytes(),
                StandardCharsets.UTF_8).split("&")).map(p -> p.split("=", 2)).filter(p -> p.length == 2)
                .collect(Collectors.toMap(p -> p[0], p -> URLDecoder.decode(p[1], StandardCharsets.UTF_8)));
        if (!"client_credentials".equals(form.get("grant_type"))) {
            answer(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
        } else if (!CLIENT_ID.equals(form.get("client_id")) || !SECRET.equals(form.get("client_secret"))) {
            answer(exchange, 401, "{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}");
        } else {
            String token = UUID.randomUUID().toString();
            tokens.add(token);
            answer(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":300,\"token_type\":\"Bearer\","
                    + "\"not-before-policy\":0,\"scope\":\"profile email\"}");
        }
    }

    private boolean authorised(HttpExchange exchange) {
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        return header != null && header.startsWith("Bearer ") && tokens.contains(header.substring(7));
    }

    private void admin(HttpExchange exchange, String method, String path) throws IOException {
        Matcher roles = ROLES.matcher(path);
        Matcher user = USER.matcher(path);
        if ("GET".equals(method) && roles.matches()) {
            List<String> held = users.get(roles.group(1));
            if (held == null) {
                answer(exchange, 404, "{\"error\":\"User not found\"}");
            } else {
                answer(exchange, 200, held.stream().map(r -> "{\"id\":\"" + UUID.nameUUIDFromBytes(r.getBytes())
                        + "\",\"name\":\"" + r + "\",\"composite\":false,\"clientRole\":false,"
                        + "\"containerId\":\"assises\"}").collect(Collectors.joining(",", "[", "]")));
            }
        } else if ("DELETE".equals(method) && user.matches()) {
            if (users.remove(user.group(1)) == null) {
                answer(exchange, 404, "{\"error\":\"User not found\"}");
            } else {
                answer(exchange, 204, "");
            }
        } else {
            answer(exchange, 404, "{\"error\":\"RESTEASY003210: Could not find resource for full path\"}");
        }
    }

    /** PUT /stand-in/users/{id} (body: roles separated by commas), GET /stand-in/users/{id}, PUT /stand-in/down. */
    private void control(HttpExchange exchange, String method, String path) throws IOException {
        Matcher user = STAND_IN_USER.matcher(path);
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        if ("PUT".equals(method) && user.matches()) {
            users.put(user.group(1), List.of(body.split(",")));
            answer(exchange, 204, "");
        } else if ("GET".equals(method) && user.matches()) {
            answer(exchange, users.containsKey(user.group(1)) ? 200 : 404, "");
        } else if ("PUT".equals(method) && "/stand-in/down".equals(path)) {
            down = Boolean.parseBoolean(body);
            answer(exchange, 204, "");
        } else {
            answer(exchange, 404, "");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > 0) {
            exchange.getResponseHeaders().set("Content-Type", "application/json");
        }
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }
}
