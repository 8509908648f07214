package fr.assises.registration.registering;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Withdraws place offers that were not accepted in time, so the next waiting person gets the place. */
@ApplicationScoped
public class OfferExpiryJob {

    private static final Logger LOG = Logger.getLogger(OfferExpiryJob.class);

    @Inject
    RegistrationService service;

    @Scheduled(every = "${assises.registration.offer-expiry-interval:60s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (UUID congressId : service.congressesWithExpiredOffers()) {
            int expired = service.expireOffers(congressId);
            if (expired > 0) {
                LOG.infof("%d expired offers withdrawn for congress %s", expired, congressId);
            }
        }
    }
}
