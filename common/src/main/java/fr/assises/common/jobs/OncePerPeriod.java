package fr.assises.common.jobs;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Makes a scheduled job run once per period whatever the number of instances sharing the database: the first
 * instance to claim the period (a row in {@code scheduled_run}) runs it, the others skip it. A run that fails
 * gives its period back, so another instance (or the next tick) tries again. The units of work inside a job
 * are still claimed one by one (FOR UPDATE SKIP LOCKED), so a late run that overlaps never repeats one.
 */
@ApplicationScoped
public class OncePerPeriod {

    private static final Logger LOG = Logger.getLogger(OncePerPeriod.class);
    private static final String HOLDER = ManagementFactory.getRuntimeMXBean().getName();

    @Inject
    AgroalDataSource dataSource;

    /**
     * Runs {@code job} if no instance has run it in the current period (periods are aligned on the epoch).
     *
     * @return whether this instance ran it
     */
    public boolean run(String name, Duration period, Runnable job) {
        Instant start = periodStart(Instant.now(), period);
        try {
            if (!claim(name, start)) {
                LOG.debugf("%s already ran for the period from %s", name, start);
                return false;
            }
        } catch (SQLException e) {
            LOG.warnf("%s not run: its period could not be claimed (SQL state %s)", name, e.getSQLState());
            return false;
        }
        try {
            job.run();
            return true;
        } catch (RuntimeException e) {
            release(name, start);
            throw e;
        }
    }

    static Instant periodStart(Instant now, Duration period) {
        long millis = period.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(now.toEpochMilli(), millis) * millis);
    }

    private boolean claim(String name, Instant start) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("""
                        insert into scheduled_run (job, period_start, holder) values (?, ?, ?)
                        on conflict do nothing""")) {
            connection.setAutoCommit(true);
            insert.setString(1, name);
            insert.setTimestamp(2, Timestamp.from(start));
            insert.setString(3, HOLDER);
            return insert.executeUpdate() == 1;
        }
    }

    private void release(String name, Instant start) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "delete from scheduled_run where job = ? and period_start = ? and holder = ?")) {
            connection.setAutoCommit(true);
            delete.setString(1, name);
            delete.setTimestamp(2, Timestamp.from(start));
            delete.setString(3, HOLDER);
            delete.executeUpdate();
        } catch (SQLException e) {
            LOG.warnf("%s: its failed period could not be given back (SQL state %s)", name, e.getSQLState());
        }
    }
}
