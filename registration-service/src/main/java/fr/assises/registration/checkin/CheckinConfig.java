package fr.assises.registration.checkin;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Check-in settings. */
@ConfigMapping(prefix = "assises.checkin")
public interface CheckinConfig {

    /**
     * HMAC key of the check-in tokens printed on badges ({@code ASSISES_CHECKIN_SECRET}). When absent, the service
     * generates a random key once and keeps it in its database, so printed badges stay valid across restarts.
     */
    Optional<String> secret();
}
