package fr.assises.registration.privacy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The two calls of Keycloak's admin REST API that erasure needs, with a client-credentials token of the
 * service-account client (realm-management manage-users only). Plain JDK HTTP: Quarkus'
 * keycloak-admin-rest-client is not served by the reachable Maven repository at this platform version.
 */
@ApplicationScoped
public class KeycloakAccounts {

    /** What became of an account. */
    public enum Outcome { DELETED, ABSENT, KEPT }

    /** Keycloak did not answer as expected; the deletion is tried again later. */
    public static class Unavailable extends RuntimeException {

        public Unavailable(String message) {
            super(message);
        }
    }

    @Inject
    AccountsConfig config;

    @Inject
    ObjectMapper json;

    private HttpClient http;
    private String token;
    private Instant tokenExpiry = Instant.EPOCH;

    /** Deletes the account unless it holds a staff role; an unknown account is {@link Outcome#ABSENT}. */
    public synchronized Outcome deleteParticipant(String subject) {
        if (!isUuid(subject)) {
            // a participant added by the committee and never claimed: no account behind the id
            return Outcome.ABSENT;
        }
        HttpResponse<String> roles = call(HttpRequest.newBuilder(admin("/users/" + subject
                + "/role-mappings/realm/composite")).GET());
        if (roles.statusCode() == 404) {
            return Outcome.ABSENT;
        }
        expect(roles, 200, "reading the roles");
        try {
            for (JsonNode role : json.readTree(roles.body())) {
                if (config.keptRoles().contains(role.path("name").asText())) {
                    return Outcome.KEPT;
                }
            }
        } catch (IOException e) {
            throw new Unavailable("unreadable roles answer");
        }
        HttpResponse<String> deleted = call(HttpRequest.newBuilder(admin("/users/" + subject)).DELETE());
        if (deleted.statusCode() == 404) {
            return Outcome.ABSENT;
        }
        expect(deleted, 204, "deleting the account");
        return Outcome.DELETED;
    }

    /** Sends an admin request with the service account's token, fetching a new token once if it was refused. */
    private HttpResponse<String> call(HttpRequest.Builder request) {
        HttpResponse<String> response = send(request.copy().header("Authorization", "Bearer " + token()).build());
        if (response.statusCode() == 401) {
            tokenExpiry = Instant.EPOCH;
            response = send(request.copy().header("Authorization", "Bearer " + token()).build());
        }
        return response;
    }

    private String token() {
        if (token != null && Instant.now().isBefore(tokenExpiry)) {
            return token;
        }
        String form = "grant_type=client_credentials&client_id=" + encode(config.clientId()) + "&client_secret="
                + encode(config.clientSecret().orElseThrow());
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                URI.create(realmUrl() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build());
        expect(response, 200, "getting the service account's token");
        try {
            JsonNode body = json.readTree(response.body());
            token = body.path("access_token").asText();
            // renewed 30 s before it expires
            tokenExpiry = Instant.now().plusSeconds(Math.max(0, body.path("expires_in").asLong(60) - 30));
            return token;
        } catch (IOException e) {
            throw new Unavailable("unreadable token answer");
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(config.timeout()).build();
        }
        try {
            return http.send(HttpRequest.newBuilder(request, (name, value) -> true).timeout(config.timeout()).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Unavailable("Keycloak unreachable: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Unavailable("interrupted");
        }
    }

    private static void expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            throw new Unavailable("Keycloak answered " + response.statusCode() + " " + what);
        }
    }

    private URI admin(String path) {
        return URI.create(realmUrl().replaceFirst("/realms/", "/admin/realms/") + path);
    }

    private String realmUrl() {
        String url = config.realmUrl().orElseThrow();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static boolean isUuid(String value) {
        try {
            return UUID.fromString(value).toString().equalsIgnoreCase(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
