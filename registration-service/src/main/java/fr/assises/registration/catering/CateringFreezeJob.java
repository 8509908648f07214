package fr.assises.registration.catering;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import fr.assises.common.problem.ProblemException;
import io.quarkus.scheduler.Scheduled;

/** On the freeze date, freezes each congress's meal counts once, whatever the number of instances. */
@ApplicationScoped
public class CateringFreezeJob {

    private static final Logger LOG = Logger.getLogger(CateringFreezeJob.class);

    @Inject
    CateringFreeze freeze;

    @Inject
    OncePerPeriod oncePerPeriod;

    @ConfigProperty(name = "assises.registration.catering-freeze-interval", defaultValue = "5m")
    Duration interval;

    @Scheduled(every = "${assises.registration.catering-freeze-interval:5m}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        oncePerPeriod.run("catering-freeze", interval, this::freezeDue);
    }

    void freezeDue() {
        for (UUID congressId : freeze.due()) {
            try {
                freeze.freeze(congressId, CateringFreeze.BY_SCHEDULE);
                LOG.infof("meal counts frozen for congress %s", congressId);
            } catch (ProblemException e) {
                // settings without seat counters yet, or no meal any more: nothing to freeze for this one
                LOG.debugf("meal counts of congress %s not frozen: %s", congressId, e.getMessage());
            }
        }
    }
}
