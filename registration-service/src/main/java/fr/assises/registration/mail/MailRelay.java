package fr.assises.registration.mail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import fr.assises.common.events.ConsumerFailures;
import fr.assises.common.outbox.RelayLoop;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Sends the mails of {@code mail_outbox}, oldest first, after the commits that asked for them: right after such a
 * commit, on a schedule, and with an exponential back-off while the SMTP server fails. A mail is marked sent in
 * the transaction that sent it, so one asked for is sent at least once whatever dies meanwhile; a crash between
 * the server's acceptance and that commit sends it again, with the same Message-ID (the row's id) for the
 * receiving side to recognise. One relay at a time over the shared database (a PostgreSQL advisory lock), so
 * that several instances keep the commit order (confirmed, then cancelled, then the promotion of the next).
 */
@ApplicationScoped
public class MailRelay {

    private static final Logger LOG = Logger.getLogger(MailRelay.class);
    /** Key of the advisory lock held by the one relay sending at a time. */
    private static final long RELAY_LOCK = 0x6d61696c72656c61L;
    /** Content-ID of a survey mail's QR code, which its HTML part shows with {@code cid:}. */
    public static final String QR_CONTENT_ID = "qr-enquete@assises";

    private static final String PENDING = """
            select id, registration_id, kind, subject, text, link, recipient from mail_outbox
            where sent_at is null and abandoned_at is null order by seq limit ?1""";

    @Inject
    Mails mails;

    @Inject
    Mailer mailer;

    @Inject
    EntityManager entityManager;

    @Inject
    MailConfig config;

    @ConfigProperty(name = "quarkus.mailer.from")
    String from;

    private ExecutorService worker;
    private RelayLoop loop;

    @PostConstruct
    void start() {
        loop = new RelayLoop("Mail relay", LOG, config.initialBackoff(), config.maxBackoff(), this::sendNextBatch,
                () -> { });
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "registration-mails");
            thread.setDaemon(true);
            return thread;
        });
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) MailRequest request) {
        wake();
    }

    /** Queues a drain soon, without blocking the caller; wakes while one is queued join it (RelayLoop#wake). */
    public void wake() {
        if (config.relayEnabled()) {
            loop.wake(worker);
        }
    }

    @Scheduled(every = "${assises.mail.poll-interval:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (config.relayEnabled()) {
            drain();
        }
    }

    /** Sends until nothing is pending or a send fails; concurrent calls coalesce into one more pass. */
    public void drain() {
        loop.drain();
    }

    private boolean sendNextBatch() {
        Batch batch = QuarkusTransaction.requiringNew().call(this::sendBatch);
        if (batch.failure() != null) {
            // after the commit that kept what was sent and counted the failure: the loop backs off
            throw new IllegalStateException("a mail was not sent (" + batch.failure() + ")");
        }
        return batch.full();
    }

    /** One transaction: lock, read the oldest pending mails, render, send each, mark each sent. */
    Batch sendBatch() {
        boolean mine = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, RELAY_LOCK).getSingleResult();
        if (!mine) {
            // another instance is sending; it will take these rows too
            return new Batch(false, null);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(PENDING).setParameter(1, config.batchSize())
                .getResultList();
        List<MailRequest> requests = rows.stream().map(row -> new MailRequest((UUID) row[0], (UUID) row[1],
                MailKind.valueOf((String) row[2]), (String) row[3], (String) row[4], (String) row[5], (String) row[6]))
                .toList();
        if (requests.isEmpty()) {
            return new Batch(false, null);
        }
        Map<UUID, OutgoingMail> rendered = mails.render(requests).stream()
                .collect(Collectors.toMap(OutgoingMail::requestId, Function.identity()));
        // marked in one statement per kind of outcome at the end of the batch, in the same transaction
        List<UUID> sent = new ArrayList<>();
        List<UUID> surveys = new ArrayList<>();
        try {
            for (MailRequest request : requests) {
                OutgoingMail mail = rendered.get(request.id());
                if (mail == null) {
                    // the registration is gone or anonymised since: nobody to write to
                    markSent(request, "no recipient any more");
                    continue;
                }
                try {
                    mailer.send(message(mail));
                } catch (RuntimeException e) {
                    return new Batch(false, failed(request.id(), e));
                }
                (request.kind().survey() ? surveys : sent).add(request.id());
            }
        } finally {
            markSent(sent, surveys);
        }
        return new Batch(requests.size() == config.batchSize(), null);
    }

    /** Marks the mails sent; a survey mail's row is deleted instead (see {@link #markSent(MailRequest, String)}). */
    private void markSent(List<UUID> sent, List<UUID> surveys) {
        if (!sent.isEmpty()) {
            entityManager.createNativeQuery("update mail_outbox set sent_at = now(), last_error = null where id in (?1)")
                    .setParameter(1, sent).executeUpdate();
        }
        if (!surveys.isEmpty()) {
            entityManager.createNativeQuery("delete from mail_outbox where id in (?1)").setParameter(1, surveys)
                    .executeUpdate();
        }
    }

    private Mail message(OutgoingMail mail) {
        Mail message = Mail.withText(mail.to(), mail.subject(), mail.text());
        message.addHeader("Message-ID", messageId(mail.requestId()));
        if (mail.html() != null) {
            message.setHtml(mail.html());
        }
        if (mail.qrPng() != null) {
            message.addInlineAttachment("qr-code.png", mail.qrPng(), "image/png", "<" + QR_CONTENT_ID + ">");
        }
        if (mail.calendar() != null) {
            message.addAttachment("programme.ics", mail.calendar(), "text/calendar; charset=UTF-8; method=PUBLISH");
        }
        return message;
    }

    /** The same for every send of one asked-for mail: a resend after a crash is recognisably the same mail. */
    String messageId(UUID requestId) {
        return "<" + requestId + "@" + from.substring(from.lastIndexOf('@') + 1).replace(">", "") + ">";
    }

    /**
     * A survey mail's row is deleted instead: it holds the person's opener link, and a reminder's row would say
     * who had not answered.
     */
    private void markSent(MailRequest request, String note) {
        if (request.kind().survey()) {
            entityManager.createNativeQuery("delete from mail_outbox where id = ?1").setParameter(1, request.id())
                    .executeUpdate();
            return;
        }
        markSent(request.id(), note);
    }

    private void markSent(UUID id, String note) {
        entityManager.createNativeQuery("update mail_outbox set sent_at = now(), last_error = ?2 where id = ?1")
                .setParameter(1, id).setParameter(2, note).executeUpdate();
    }

    /** Records a failed send; a server that refused this very mail too often has it set aside. */
    private String failed(UUID id, RuntimeException e) {
        // the failure's class only: an SMTP answer may quote the address
        String error = rootCause(e);
        boolean unreachable = ConsumerFailures.classify(e) == ConsumerFailures.Kind.TRANSIENT;
        Number attempts = (Number) entityManager.createNativeQuery("""
                update mail_outbox set attempts = attempts + ?3, last_error = ?2 where id = ?1 returning attempts""")
                .setParameter(1, id).setParameter(2, error).setParameter(3, unreachable ? 0 : 1).getSingleResult();
        if (attempts.intValue() >= config.maxRejections()) {
            entityManager.createNativeQuery("update mail_outbox set abandoned_at = now() where id = ?1")
                    .setParameter(1, id).executeUpdate();
            LOG.errorf("Mail %s refused %d times by the mail server (%s): set aside, the next ones go on", id,
                    attempts.intValue(), error);
        }
        return error;
    }

    private static String rootCause(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getClass().getName();
    }


    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        worker.shutdown();
        if (!worker.awaitTermination(20, TimeUnit.SECONDS)) {
            worker.shutdownNow();
        }
    }

    /** What one transaction of the relay did. */
    record Batch(boolean full, String failure) {
    }
}
