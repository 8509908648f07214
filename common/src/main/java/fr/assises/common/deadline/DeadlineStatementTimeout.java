package fr.assises.common.deadline;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;

/**
 * Stops the SQL of a request once the gateway has stopped waiting for it. The transaction timeout that
 * {@link RequestDeadline} sets cannot interrupt a statement under way (the transaction manager's reaper only marks
 * the transaction, and the thread stays blocked in the driver until the statement ends): a request stuck on a lock or
 * a slow query would go on for as long as it takes, for nobody. So the connection a request with a deadline borrows
 * gets PostgreSQL's {@code statement_timeout} set to the time left (the server cancels any statement still running
 * then, the transaction rolls back, and the request ends with a 503 problem), and the setting is reset when the
 * connection goes back to the pool, after its transaction's commit or rollback. Connections borrowed by consumers,
 * relays and jobs, or by requests without a deadline, are left as they are: no statement added.
 */
@ApplicationScoped
public class DeadlineStatementTimeout implements AgroalPoolInterceptor {

    private static final Logger LOG = Logger.getLogger(DeadlineStatementTimeout.class);

    /** The physical connections given a timeout, to reset when they come back (each callback gets a new wrapper). */
    private final Set<Connection> timed = ConcurrentHashMap.newKeySet();

    @Inject
    CurrentDeadline current;

    @Override
    public void onConnectionAcquire(Connection connection) {
        Instant deadline = deadline();
        if (deadline == null) {
            return;
        }
        // at least one millisecond: 0 would mean no timeout at all
        long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
        try (Statement statement = connection.createStatement()) {
            statement.execute("set statement_timeout = " + left);
            timed.add(connection.unwrap(Connection.class));
        } catch (SQLException e) {
            LOG.warnf("Could not set the statement timeout of a request's connection: %s", e.getMessage());
        }
    }

    @Override
    public void onConnectionReturn(Connection connection) {
        if (timed.isEmpty()) {
            return;
        }
        try {
            if (timed.remove(connection.unwrap(Connection.class))) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("reset statement_timeout");
                }
            }
        } catch (SQLException e) {
            LOG.warnf("Could not reset the statement timeout of a returned connection: %s", e.getMessage());
        }
    }

    @Override
    public void onConnectionDestroy(Connection connection) {
        try {
            timed.remove(connection.unwrap(Connection.class));
        } catch (SQLException e) {
            LOG.debugf("A destroyed connection could not be unwrapped: %s", e.getMessage());
        }
    }

    private Instant deadline() {
        var requests = Arc.container().requestContext();
        return requests.isActive() ? current.get() : null;
    }
}
