package fr.assises.registration.registering;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import io.quarkus.scheduler.Scheduled;

/** Withdraws place offers that were not accepted in time, so the next waiting person gets the place. */
@ApplicationScoped
public class OfferExpiryJob {

    private static final Logger LOG = Logger.getLogger(OfferExpiryJob.class);

    @Inject
    RegistrationService service;

    @Inject
    OncePerPeriod oncePerPeriod;

    @ConfigProperty(name = "assises.registration.offer-expiry-interval", defaultValue = "60s")
    Duration interval;

    @Scheduled(every = "${assises.registration.offer-expiry-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        oncePerPeriod.run("offer-expiry", interval, this::expire);
    }

    private void expire() {
        for (UUID congressId : service.congressesWithExpiredOffers()) {
            int expired = service.expireOffers(congressId);
            if (expired > 0) {
                LOG.infof("%d expired offers withdrawn for congress %s", expired, congressId);
            }
        }
    }
}
