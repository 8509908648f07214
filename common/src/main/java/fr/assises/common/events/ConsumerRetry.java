package fr.assises.common.events;

import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.smallrye.faulttolerance.api.Guard;

/**
 * The retry policy of every consumer: transient failures are retried without limit, with exponential back-off,
 * other failures a few times, poison messages not at all (they go to the dead-letter topic).
 */
@ApplicationScoped
public class ConsumerRetry {

    private static final Logger LOG = Logger.getLogger(ConsumerRetry.class);

    private final Guard transientFailures;
    private final Guard otherFailures;

    @Inject
    public ConsumerRetry(ConsumerRetryConfig config) {
        transientFailures = Guard.create()
                .withDescription("consumer: transient failures")
                .withRetry()
                .maxRetries(-1)
                .maxDuration(0, ChronoUnit.MILLIS)
                .delay(config.initialDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(config.initialDelay().toMillis() / 2, ChronoUnit.MILLIS)
                .whenException(t -> ConsumerFailures.classify(t) == ConsumerFailures.Kind.TRANSIENT
                        && !Thread.currentThread().isInterrupted())
                .withExponentialBackoff()
                .factor(2)
                .maxDelay(config.maxDelay().toMillis(), ChronoUnit.MILLIS)
                .done()
                .done()
                .build();
        otherFailures = Guard.create()
                .withDescription("consumer: other failures")
                .withRetry()
                .maxRetries(config.otherFailureRetries())
                .delay(config.otherFailureDelay().toMillis(), ChronoUnit.MILLIS)
                .jitter(0, ChronoUnit.MILLIS)
                .whenException(t -> ConsumerFailures.classify(t) == ConsumerFailures.Kind.OTHER
                        && !Thread.currentThread().isInterrupted())
                .done()
                .build();
    }

    /**
     * Runs {@code work} until it succeeds or fails for good; each try must open its own transaction.
     *
     * @param where names the record in logs (topic, partition, offset: never its content)
     */
    public Object call(String where, Callable<Object> work) throws Exception {
        AtomicInteger attempt = new AtomicInteger();
        return transientFailures.call(() -> otherFailures.call(() -> {
            try {
                return work.call();
            } catch (Exception e) {
                log(where, attempt.incrementAndGet(), e);
                throw e;
            }
        }, Object.class), Object.class);
    }

    private static void log(String where, int attempt, Exception failure) {
        // the failure's class and SQL state only: a message may quote the payload or a personal value
        switch (ConsumerFailures.classify(failure)) {
            case POISON -> LOG.warnf("Record %s cannot be processed, to the dead-letter topic (%s)", where,
                    describe(failure));
            case TRANSIENT -> LOG.warnf("Record %s: transient failure on try %d, retrying (%s)", where, attempt,
                    describe(failure));
            case OTHER -> LOG.warnf("Record %s: failure on try %d (%s)", where, attempt, describe(failure));
        }
    }

    private static String describe(Throwable failure) {
        String state = null;
        Throwable root = failure;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && state == null) {
                state = sql.getSQLState();
            }
            root = t;
        }
        return root.getClass().getName() + (state == null ? "" : ", SQL state " + state);
    }
}
