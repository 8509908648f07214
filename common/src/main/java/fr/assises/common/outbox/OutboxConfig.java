package fr.assises.common.outbox;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Outbox and relay settings ({@code assises.outbox.*}). */
@ConfigMapping(prefix = "assises.outbox")
public interface OutboxConfig {

    /** Whether this instance runs a relay; writing to the outbox works either way. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Rows read and published per transaction. */
    @WithDefault("100")
    int batchSize();

    /** How long the relay waits for the broker to acknowledge a batch before giving up on it. */
    @WithDefault("PT10S")
    Duration sendTimeout();

    /** First pause after a failed batch; doubles on each consecutive failure up to {@link #maxBackoff()}. */
    @WithDefault("PT0.5S")
    Duration initialBackoff();

    @WithDefault("PT30S")
    Duration maxBackoff();

    /** CloudEvents {@code source} of the events this service writes. */
    @WithDefault("/assises/${quarkus.application.name}")
    String source();
}
