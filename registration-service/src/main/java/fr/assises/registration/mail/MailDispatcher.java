package fr.assises.registration.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.runtime.ShutdownEvent;

/**
 * Renders and sends the mails of committed transactions. A transaction only fires a {@link MailRequest}; this
 * observer runs once it committed (never after a rollback, so a refused request mails nothing) and queues the
 * request for one worker thread, which reads the committed registrations, renders the mails in each
 * participant's language and gives them to the mailer. One thread keeps the mails in the order their
 * transactions committed (confirmed, then cancelled, then the promotion of the next person); rendering is off
 * the request threads that serialise on the congress seat lock, and what queued up meanwhile is rendered as one
 * batch.
 *
 * <p>The queue is in memory, as the after-commit send was before: a process that dies between a commit and the
 * rendering loses that mail. A normal shutdown drains the queue first.
 */
@ApplicationScoped
public class MailDispatcher {

    private static final Logger LOG = Logger.getLogger(MailDispatcher.class);
    private static final int BATCH = 100;

    private final ConcurrentLinkedQueue<MailRequest> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private ExecutorService worker;

    @Inject
    Mails mails;

    @Inject
    ReactiveMailer mailer;

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "registration-mails");
            thread.setDaemon(true);
            return thread;
        });
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequest request) {
        queue.add(request);
        if (scheduled.compareAndSet(false, true)) {
            try {
                worker.execute(this::drain);
            } catch (RejectedExecutionException e) {
                LOG.warnf("mail %s for registration %s not sent: shutting down", request.kind(),
                        request.registrationId());
            }
        }
    }

    private void drain() {
        // cleared first: a request queued from now on either is taken below or schedules another drain
        scheduled.set(false);
        List<MailRequest> batch = new ArrayList<>();
        MailRequest next;
        while ((next = queue.poll()) != null) {
            batch.add(next);
            if (batch.size() == BATCH) {
                deliver(batch);
                batch = new ArrayList<>();
            }
        }
        if (!batch.isEmpty()) {
            deliver(batch);
        }
    }

    private void deliver(List<MailRequest> batch) {
        List<OutgoingMail> rendered;
        try {
            rendered = mails.render(batch);
        } catch (RuntimeException e) {
            LOG.warnf("%d mails not rendered: %s", batch.size(), e.getMessage());
            return;
        }
        rendered.forEach(this::send);
    }

    private void send(OutgoingMail mail) {
        Mail message = Mail.withText(mail.to(), mail.subject(), mail.text());
        if (mail.calendar() != null) {
            message.addAttachment("programme.ics", mail.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        mailer.send(message).subscribe().with(
                ok -> LOG.debugf("mail %s sent for registration %s", mail.kind(), mail.registrationId()),
                failure -> LOG.warnf("mail %s for registration %s failed: %s", mail.kind(), mail.registrationId(),
                        failure.getMessage()));
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
            worker.shutdownNow();
            LOG.warnf("%d mails not rendered before shutdown", queue.size());
        }
    }
}
