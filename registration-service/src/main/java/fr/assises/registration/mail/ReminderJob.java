package fr.assises.registration.mail;

import java.time.Duration;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import fr.assises.common.jobs.OncePerPeriod;
import io.quarkus.scheduler.Scheduled;

/** Sends the reminders that are due, once an hour across instances; each person gets one (rows are claimed). */
@ApplicationScoped
public class ReminderJob {

    private static final Logger LOG = Logger.getLogger(ReminderJob.class);

    @Inject
    Reminders reminders;

    @Inject
    OncePerPeriod oncePerPeriod;

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        oncePerPeriod.run("reminders", Duration.ofHours(1), this::sendDue);
    }

    private void sendDue() {
        for (UUID congressId : reminders.due(Reminders.today())) {
            int sent = reminders.send(congressId);
            if (sent > 0) {
                LOG.infof("%d reminders sent for congress %s", sent, congressId);
            }
        }
    }
}
