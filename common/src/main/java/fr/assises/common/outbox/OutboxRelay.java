package fr.assises.common.outbox;

import java.net.URI;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.sql.DataSource;

import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.RecordMetadata;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.KafkaCloudEvents;

/**
 * Publishes pending outbox rows, oldest first, in one database transaction per batch.
 * Rows are locked with {@code FOR UPDATE SKIP LOCKED}, so several relays (instances of a service) can run
 * over one table without publishing a row twice in the normal case. A row is marked sent only once the
 * broker acknowledged it; otherwise it stays pending with its attempt count and last error.
 */
public class OutboxRelay {

    private static final String SELECT_PENDING = """
            select seq, id, topic, type, source, subject, occurred_at, payload
            from outbox_event
            where sent_at is null
            order by seq
            limit ?
            for update skip locked""";
    private static final String MARK_SENT = "update outbox_event set sent_at = now() where seq = any(?)";
    private static final String MARK_FAILED =
            "update outbox_event set attempts = attempts + 1, last_error = ? where seq = any(?)";

    private final DataSource dataSource;
    private final Producer<String, String> producer;
    private final int batchSize;
    private final Duration sendTimeout;
    private Connection held;

    public OutboxRelay(DataSource dataSource, Producer<String, String> producer, int batchSize, Duration sendTimeout) {
        this.dataSource = dataSource;
        this.producer = producer;
        this.batchSize = batchSize;
        this.sendTimeout = sendTimeout;
    }

    /**
     * Publishes one batch.
     *
     * @return the number of rows published (fewer than the batch size when the outbox is drained)
     * @throws OutboxPublishException when the broker did not acknowledge some rows; those stay pending
     */
    public synchronized int publishBatch() throws SQLException {
        Connection connection = connection();
        boolean usable = false;
        try {
            int published;
            try {
                published = publishBatch(connection);
            } catch (OutboxPublishException e) {
                connection.commit();
                usable = true;
                throw e;
            }
            connection.commit();
            usable = true;
            return published;
        } finally {
            if (!usable) {
                discard();
            }
        }
    }

    /** Gives the relay's connection back to the pool (at shutdown); the next batch takes one again. */
    public synchronized void close() {
        discard();
    }

    /**
     * The relay keeps one connection of the pool between batches: taking one for each batch put the relay in the
     * pool's queue behind every waiting request, so that during a rush each event waited for a request to finish
     * before it could leave (with every other connection taken, a batch waited for the acquisition timeout and
     * failed; with its own it leaves at once: OutboxRelayTest, 5,001 ms and still pending before, 7-105 ms after).
     */
    private Connection connection() throws SQLException {
        if (held == null) {
            Connection taken = dataSource.getConnection();
            try {
                taken.setAutoCommit(false);
            } catch (SQLException e) {
                taken.close();
                throw e;
            }
            held = taken;
        }
        return held;
    }

    /** After a failure the connection may be broken: rolled back and given back, a new one is taken next time. */
    private void discard() {
        if (held == null) {
            return;
        }
        try {
            held.rollback();
        } catch (SQLException | RuntimeException ignored) {
            // broken: closing it is all that is left to do
        }
        try {
            held.close();
        } catch (SQLException | RuntimeException ignored) {
            // the pool removes a broken connection itself
        }
        held = null;
    }

    private int publishBatch(Connection connection) throws SQLException {
        List<Row> rows = lockPending(connection);
        if (rows.isEmpty()) {
            return 0;
        }
        String failure = awaitMetadata(rows);
        List<Long> sent = new ArrayList<>();
        List<Long> failed = new ArrayList<>();
        if (failure == null) {
            List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
            for (Row row : rows) {
                acks.add(producer.send(KafkaCloudEvents.toRecord(row.topic(), row.event())));
            }
            long deadline = System.nanoTime() + sendTimeout.toNanos();
            for (int i = 0; i < rows.size(); i++) {
                try {
                    acks.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    sent.add(rows.get(i).seq());
                } catch (ExecutionException | TimeoutException e) {
                    failed.add(rows.get(i).seq());
                    failure = describe(e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    failed.add(rows.get(i).seq());
                    failure = "interrupted";
                }
            }
        } else {
            rows.forEach(row -> failed.add(row.seq()));
        }
        update(connection, MARK_SENT, null, sent);
        update(connection, MARK_FAILED, failure, failed);
        if (!failed.isEmpty()) {
            throw new OutboxPublishException(sent.size(), failed.size(), failure);
        }
        return sent.size();
    }

    private List<Row> lockPending(Connection connection) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(SELECT_PENDING)) {
            select.setInt(1, batchSize);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong("seq"), rs.getString("topic"), new EventEnvelope(
                            rs.getObject("id", UUID.class),
                            rs.getString("type"),
                            URI.create(rs.getString("source")),
                            rs.getString("subject"),
                            rs.getObject("occurred_at", OffsetDateTime.class),
                            rs.getString("payload"))));
                }
            }
        }
        return rows;
    }

    /**
     * Fetches topic metadata first: while the broker is unreachable this fails once, after
     * {@code max.block.ms}, instead of blocking on every send of the batch.
     */
    private String awaitMetadata(List<Row> rows) {
        Set<String> topics = new LinkedHashSet<>();
        rows.forEach(row -> topics.add(row.topic()));
        try {
            for (String topic : topics) {
                producer.partitionsFor(topic);
            }
            return null;
        } catch (RuntimeException e) {
            return describe(e);
        }
    }

    private static void update(Connection connection, String sql, String error, List<Long> seqs)
            throws SQLException {
        if (seqs.isEmpty()) {
            return;
        }
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            Array array = connection.createArrayOf("bigint", seqs.toArray());
            int index = 1;
            if (error != null) {
                update.setString(index++, error.length() > 1000 ? error.substring(0, 1000) : error);
            }
            update.setArray(index, array);
            update.executeUpdate();
        }
    }

    private static String describe(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    private record Row(long seq, String topic, EventEnvelope event) {
    }
}
