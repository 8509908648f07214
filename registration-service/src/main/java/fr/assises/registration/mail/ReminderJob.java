package fr.assises.registration.mail;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Sends the reminders that are due; each person gets one, whichever instance runs first. */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    @Inject
    Reminders reminders;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (UUID congressId : reminders.due(Reminders.today())) {
            int sent = reminders.send(congressId);
            if (sent > 0) {
                LOG.infof("%d reminders sent for congress %s", sent, congressId);
            }
        }
    }
}
