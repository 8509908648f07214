package fr.assises.common.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** A scheduled job runs once per period whatever the number of instances ticking at once. */
@QuarkusTest
class OncePerPeriodTest {

    private static final Duration DAY = Duration.ofDays(1);

    @Inject
    OncePerPeriod oncePerPeriod;

    @Test
    void eightInstancesTickingAtOnceRunTheJobOnce() throws Exception {
        String job = "test-" + UUID.randomUUID();
        AtomicInteger runs = new AtomicInteger();
        ExecutorService instances = Executors.newFixedThreadPool(8);
        List<Callable<Boolean>> ticks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ticks.add(() -> oncePerPeriod.run(job, DAY, runs::incrementAndGet));
        }
        int ran = 0;
        for (Future<Boolean> tick : instances.invokeAll(ticks)) {
            ran += tick.get() ? 1 : 0;
        }
        instances.shutdown();
        assertThat(runs).hasValue(1);
        assertThat(ran).isEqualTo(1);
        // a later tick in the same period does not run it again
        assertThat(oncePerPeriod.run(job, DAY, runs::incrementAndGet)).isFalse();
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailedRunGivesItsPeriodBack() {
        String job = "test-" + UUID.randomUUID();
        assertThatThrownBy(() -> oncePerPeriod.run(job, DAY, () -> {
            throw new IllegalStateException("the database was down");
        })).isInstanceOf(IllegalStateException.class);
        AtomicInteger runs = new AtomicInteger();
        assertThat(oncePerPeriod.run(job, DAY, runs::incrementAndGet)).isTrue();
        assertThat(runs).hasValue(1);
    }

    @Test
    void periodsAreAlignedOnTheEpoch() {
        assertThat(OncePerPeriod.periodStart(Instant.parse("2026-12-06T10:59:59Z"), Duration.ofHours(1)))
                .isEqualTo(Instant.parse("2026-12-06T10:00:00Z"));
        assertThat(OncePerPeriod.periodStart(Instant.parse("2026-12-06T10:00:00Z"), Duration.ofHours(6)))
                .isEqualTo(Instant.parse("2026-12-06T06:00:00Z"));
    }
}
