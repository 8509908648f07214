package fr.assises.gateway.proxy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Gateway routing ({@code assises.gateway.*}). */
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
}
