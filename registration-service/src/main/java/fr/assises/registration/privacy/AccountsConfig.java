package fr.assises.registration.privacy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Deleting participants' Keycloak accounts through the admin API ({@code assises.accounts.*}), with a
 * service-account client that holds realm-management's manage-users role only. Off unless both the realm URL
 * and the client secret are set: without them the requests wait in {@code account_deletion}.
 */
@ConfigMapping(prefix = "assises.accounts")
public interface AccountsConfig {

    /** The realm, e.g. {@code http://127.0.0.1:8180/realms/assises}; the admin API is derived from it. */
    Optional<String> realmUrl();

    @WithDefault("assises-registration-accounts")
    String clientId();

    Optional<String> clientSecret();

    /** Accounts holding one of these realm roles are staff: never deleted by a participant's erasure. */
    @WithDefault("organiser,partner,admin")
    List<String> keptRoles();

    /** How often pending deletions are sent besides right after each erasure (read by the {@code @Scheduled}). */
    @WithDefault("30s")
    String pollInterval();

    /** Connect and answer timeout of each call to Keycloak. */
    @WithDefault("PT5S")
    Duration timeout();

    /** Wait after a failed attempt, doubled at each failure up to {@link #maxBackoff()}. */
    @WithDefault("PT30S")
    Duration initialBackoff();

    @WithDefault("PT1H")
    Duration maxBackoff();

    default boolean enabled() {
        return realmUrl().isPresent() && clientSecret().isPresent();
    }
}
