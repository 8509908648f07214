package fr.assises.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Gateway settings ({@code assises.gateway.*}): routing, protection, calls to the services. */
@ConfigMapping(prefix = "assises.gateway")
public interface GatewayConfig {

    /**
     * The allow-list: {@code /api/<name>/**} goes to the service at this base URL, path unchanged.
     * Nothing else under {@code /api} is proxied.
     */
    Map<String, URI> routes();

    /** Time to connect to a service before answering 502. */
    @WithDefault("PT2S")
    Duration connectTimeout();

    /** Idle time on a proxied exchange before it is abandoned. */
    @WithDefault("PT30S")
    Duration idleTimeout();

    /**
     * Time a service has to start answering a proxied request; past it the caller gets 504. The service is told
     * this deadline ({@code X-Request-Deadline}) and ends its transactions by then.
     */
    @WithDefault("PT30S")
    Duration requestTimeout();

    /** Largest request body accepted (bytes); bigger gets 413. Default 1 MiB. */
    @WithDefault("1048576")
    long maxBodySize();

    /** Origins allowed to call the gateway cross-origin; empty (the default) means same origin only. */
    Optional<List<String>> corsOrigins();

    /** How long health and the OpenAPI merge wait for one service. */
    @WithDefault("PT1S")
    Duration serviceProbeTimeout();

    RateLimits rateLimits();

    /** What a bearer token must carry to be let in, on top of Quarkus OIDC's checks (signature, issuer, expiry). */
    Bearer bearer();

    /** The Keycloak realm ({@code .../realms/<realm>}): the pages link to its self-registration form. */
    @WithDefault("http://127.0.0.1:8180/realms/assises")
    URI oidcUrl();

    /** The gateway's client in that realm. */
    @WithDefault("assises-gateway")
    String oidcClientId();

    /**
     * Keycloak puts the gateway's audience mapper value in the access tokens of the realm's clients and {@code typ}
     * {@code Bearer} in access tokens ({@code ID} in ID tokens). Both empty by default (the shared test tokens carry
     * neither); the %dev and %prod profiles set them.
     */
    interface Bearer {

        /** The audience ({@code aud}) a bearer token must name. */
        Optional<String> audience();

        /** The token type ({@code typ} claim) a bearer token must have. */
        Optional<String> type();
    }

    /** Requests allowed per client and per minute; a bucket refills gradually over the minute. */
    interface RateLimits {

        /** Anonymous requests, per IP address. */
        @WithDefault("300")
        int anonymousPerMinute();

        /** Registration submissions and changes, per subject (or IP when anonymous). */
        @WithDefault("10")
        int registrationPerMinute();

        /** Survey submissions, per subject (or IP when anonymous). */
        @WithDefault("10")
        int surveyPerMinute();

        /** Clients remembered at once; the least recently seen are forgotten first. */
        @WithDefault("100000")
        long maxClients();
    }
}
