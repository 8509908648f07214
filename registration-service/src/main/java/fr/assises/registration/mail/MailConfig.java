package fr.assises.registration.mail;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The mail relay ({@code assises.mail.*}). */
@ConfigMapping(prefix = "assises.mail")
public interface MailConfig {

    /** Whether this instance sends mails; asking for them works either way. */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often pending mails are looked for, besides right after each commit that asked for some. */
    @WithDefault("5s")
    String pollInterval();

    /** Mails sent per transaction: a crash resends at most this many (with the same Message-ID). */
    @WithDefault("20")
    int batchSize();

    /** First pause after a failed send; doubles on each consecutive failure up to {@link #maxBackoff()}. */
    @WithDefault("PT1S")
    Duration initialBackoff();

    @WithDefault("PT5M")
    Duration maxBackoff();

    /**
     * Refusals of one mail by a reachable server (a rejected address, say) before it is set aside, so that it
     * does not hold back the mails behind it. An unreachable server never counts.
     */
    @WithDefault("5")
    int maxRejections();

    /** Where an invited person signs in (or creates an account) with their e-mail to claim their registration. */
    @WithDefault("http://127.0.0.1:8080/espace/rattachement")
    String claimUrl();
}
