package fr.assises.budget.retention;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import io.quarkus.scheduler.Scheduled;

/** Applies the authors' retention period every 6 hours, once over all instances. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    ActorRetention actors;

    @Inject
    OncePerPeriod oncePerPeriod;

    @Scheduled(every = "${assises.retention.every:6h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        oncePerPeriod.run("actor-retention", Duration.ofHours(6), () -> {
            int erased = actors.eraseExpired(Instant.now());
            if (erased > 0) {
                LOG.infof("%d budget changes no longer name their author at the end of the retention period", erased);
            }
        });
    }
}
