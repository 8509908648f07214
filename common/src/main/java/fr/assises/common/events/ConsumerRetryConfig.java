package fr.assises.common.events;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How consumers retry a record that failed ({@code assises.consumer-retry.*}). */
@ConfigMapping(prefix = "assises.consumer-retry")
public interface ConsumerRetryConfig {

    /** First pause after a transient failure; doubles on each try up to {@link #maxDelay()}, without limit of tries. */
    @WithDefault("PT0.2S")
    Duration initialDelay();

    @WithDefault("PT30S")
    Duration maxDelay();

    /** Further tries of a failure that is neither transient nor a poison message, before the dead-letter topic. */
    @WithDefault("2")
    int otherFailureRetries();

    /** Pause between those tries. */
    @WithDefault("PT1S")
    Duration otherFailureDelay();
}
