package fr.assises.registration.checkin;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Check-in settings. */
@ConfigMapping(prefix = "assises.checkin")
public interface CheckinConfig {

    /**
     * HMAC key of the check-in tokens printed on badges ({@code ASSISES_CHECKIN_SECRET}). When absent, the service
     * generates a random key once and keeps it in its database, so printed badges stay valid across restarts.
     */
    Optional<String> secret();

    /**
     * Badges per file when the organisers print a congress's badges in batches: each batch comes in a few seconds
     * where the whole congress's file takes about 25, so the desk sees the work advance file by file.
     */
    @WithDefault("50")
    int badgeBatchSize();
}
