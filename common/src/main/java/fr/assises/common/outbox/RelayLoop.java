package fr.assises.common.outbox;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import org.jboss.logging.Logger;

/**
 * The loop of a relay (the event outbox's, registration's mails): runs batches until one says nothing more is
 * waiting or one fails; callers arriving meanwhile coalesce into one more pass; after a failure the loop pauses,
 * doubling from {@code initialBackoff} up to {@code maxBackoff}, so a broker or a server that is down is not
 * hammered, and picks up where it stopped once it answers again.
 */
public final class RelayLoop {

    /** One batch of a relay. */
    @FunctionalInterface
    public interface Batch {
        /** @return true when the batch was full, so that another may follow at once */
        boolean run() throws Exception;
    }

    private final String name;
    private final Logger log;
    private final Duration initialBackoff;
    private final Duration maxBackoff;
    private final Batch batch;
    private final Runnable onFailure;

    private final ReentrantLock draining = new ReentrantLock();
    private final AtomicBoolean again = new AtomicBoolean();
    private volatile int consecutiveFailures;
    private volatile long pausedUntilNanos;

    /**
     * @param name names the relay in its log lines
     * @param onFailure called at each failed batch (a meter, say)
     */
    public RelayLoop(String name, Logger log, Duration initialBackoff, Duration maxBackoff, Batch batch,
            Runnable onFailure) {
        this.name = name;
        this.log = log;
        this.initialBackoff = initialBackoff;
        this.maxBackoff = maxBackoff;
        this.batch = batch;
        this.onFailure = onFailure;
    }

    /** Runs batches until nothing is waiting or one fails; concurrent calls coalesce into one more pass. */
    public void drain() {
        if (!draining.tryLock()) {
            again.set(true);
            return;
        }
        try {
            do {
                again.set(false);
                if (System.nanoTime() < pausedUntilNanos) {
                    return;
                }
                drainOnce();
            } while (again.get());
        } finally {
            draining.unlock();
        }
    }

    private void drainOnce() {
        try {
            boolean more;
            do {
                more = batch.run();
            } while (more);
            if (consecutiveFailures > 0) {
                log.infof("%s working again after %d failed attempt(s)", name, consecutiveFailures);
            }
            consecutiveFailures = 0;
        } catch (Exception e) {
            consecutiveFailures++;
            onFailure.run();
            Duration pause = backoff(consecutiveFailures);
            pausedUntilNanos = System.nanoTime() + pause.toNanos();
            log.warnf("%s failed (attempt %d, next in %d ms): %s", name, consecutiveFailures, pause.toMillis(),
                    e.getMessage());
        }
    }

    Duration backoff(int failures) {
        long base = initialBackoff.toMillis();
        long millis = base << Math.min(failures - 1, 20);
        return Duration.ofMillis(Math.min(maxBackoff.toMillis(), millis));
    }
}
