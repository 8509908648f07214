package fr.assises.common.housekeeping;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long the messaging bookkeeping is kept ({@code assises.messaging-retention.*}). */
@ConfigMapping(prefix = "assises.messaging-retention")
public interface MessagingRetentionConfig {

    /** Published outbox rows: kept to answer "was this change published, and when", then deleted. */
    @WithDefault("P7D")
    Duration sentOutbox();

    /**
     * Processed-event rows of the inbox. Must exceed the topics' retention (7 days on the local stack): a
     * replay from offset 0 can then only deliver events whose row is still here, and applies none twice.
     */
    @WithDefault("P30D")
    Duration inbox();

    /** Rows deleted per statement, so that no purge holds locks or bloats a transaction. */
    @WithDefault("5000")
    int batchSize();
}
