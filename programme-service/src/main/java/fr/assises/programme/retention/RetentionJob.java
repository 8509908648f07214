package fr.assises.programme.retention;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import io.quarkus.scheduler.Scheduled;

/** Applies the speakers' retention period every 6 hours, once over all instances. */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    SpeakerRetention speakers;

    @Inject
    OncePerPeriod oncePerPeriod;

    @Scheduled(every = "${assises.retention.every:6h}", delayed = "2m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        oncePerPeriod.run("speaker-retention", Duration.ofHours(6), () -> {
            int erased = speakers.eraseExpired(SpeakerRetention.today());
            if (erased > 0) {
                LOG.infof("%d speakers' personal data erased at the end of their retention period", erased);
            }
        });
    }
}
