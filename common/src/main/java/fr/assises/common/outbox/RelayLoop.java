package fr.assises.common.outbox;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
    private final AtomicBoolean queued = new AtomicBoolean();
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

    /**
     * Queues a drain on {@code executor}, without blocking the caller (after a commit that wrote rows to relay). Wakes
     * that come while a drain is queued and not started join it (a rush commits faster than a pass runs, and one pass
     * per commit mostly found nothing left); the flag is cleared as the pass starts, so a commit made during a pass
     * queues the next one. An executor shutting down refuses the task: the rows stay for the next start.
     */
    public void wake(Executor executor) {
        if (!queued.compareAndSet(false, true)) {
            return;
        }
        try {
            executor.execute(() -> {
                queued.set(false);
                drain();
            });
        } catch (RejectedExecutionException e) {
            queued.set(false);
        }
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
