package fr.assises.evaluation.retention;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import io.quarkus.scheduler.Scheduled;

/** Applies the participants' retention period every 6 hours, once over all instances. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    ParticipantRetention participants;

    @Inject
    OncePerPeriod oncePerPeriod;

    @Scheduled(every = "${assises.retention.every:6h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        oncePerPeriod.run("participant-retention", Duration.ofHours(6), () -> {
            int purged = participants.purgeDue(Instant.now());
            if (purged > 0) {
                LOG.infof("%d participants' pseudonymous ids purged at the end of their retention period", purged);
            }
        });
    }
}
