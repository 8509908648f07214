package fr.assises.common.housekeeping;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import io.agroal.api.AgroalDataSource;
import io.quarkus.scheduler.Scheduled;

/**
 * Deletes published outbox rows and processed inbox rows once their retention has passed; pending outbox rows
 * are never touched. One instance a period runs it ({@link OncePerPeriod}); deleting is idempotent anyway.
 */
@ApplicationScoped
public class MessagingRetention {

    private static final Logger LOG = Logger.getLogger(MessagingRetention.class);

    private static final String DELETE_SENT_OUTBOX = """
            delete from outbox_event where seq in (
                select seq from outbox_event where sent_at < ? order by seq limit ?)""";

    private static final String DELETE_INBOX = """
            delete from inbox_event where ctid in (
                select ctid from inbox_event where processed_at < ? limit ?)""";

    private static final String DELETE_SCHEDULED_RUNS = """
            delete from scheduled_run where ctid in (
                select ctid from scheduled_run where period_start < ? limit ?)""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    MessagingRetentionConfig config;

    @Inject
    OncePerPeriod oncePerPeriod;

    /** What one purge deleted. */
    public record Purged(long outboxRows, long inboxRows) {
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        oncePerPeriod.run("messaging-retention", Duration.ofHours(1), this::purgeNow);
    }

    private void purgeNow() {
        try {
            Purged purged = purge(Instant.now());
            if (purged.outboxRows() + purged.inboxRows() > 0) {
                LOG.infof("Messaging retention: %d sent outbox rows and %d inbox rows deleted", purged.outboxRows(),
                        purged.inboxRows());
            }
        } catch (SQLException e) {
            LOG.warnf("Messaging retention could not run, next time it will: %s (SQL state %s)",
                    e.getClass().getName(), e.getSQLState());
        }
    }

    /** Deletes what is older than the retention periods before {@code now}, in batches. */
    public Purged purge(Instant now) throws SQLException {
        Purged purged = new Purged(deleteBefore(DELETE_SENT_OUTBOX, now.minus(config.sentOutbox())),
                deleteBefore(DELETE_INBOX, now.minus(config.inbox())));
        // the scheduled jobs' claimed periods, kept as long as the inbox: a trace of which instance ran what
        deleteBefore(DELETE_SCHEDULED_RUNS, now.minus(config.inbox()));
        return purged;
    }

    private long deleteBefore(String sql, Instant limit) throws SQLException {
        long total = 0;
        int deleted;
        // each batch commits on its own (auto-commit): short transactions beside the live traffic
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                do {
                    statement.setTimestamp(1, Timestamp.from(limit));
                    statement.setInt(2, config.batchSize());
                    deleted = statement.executeUpdate();
                    total += deleted;
                } while (deleted >= config.batchSize());
            }
        }
        return total;
    }
}
