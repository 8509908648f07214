package fr.assises.registration.privacy;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import io.quarkus.scheduler.Scheduled;

/** Anonymises personal data once a congress's retention period is over; counts and events stay. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    Privacy privacy;

    @Inject
    OncePerPeriod oncePerPeriod;

    @Scheduled(every = "${assises.retention.every:6h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        oncePerPeriod.run("retention", Duration.ofHours(6), this::anonymiseExpired);
    }

    private void anonymiseExpired() {
        int anonymised = privacy.anonymiseExpired(Privacy.today());
        if (anonymised > 0) {
            LOG.infof("%d registrations anonymised at the end of their retention period", anonymised);
        }
    }
}
