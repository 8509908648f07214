package fr.assises.registration.privacy;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Keycloak accounts deleted at the participant's request or after the retention period, like mails and events:
 * the request is a row written in the erasing transaction, sent right after its commit (and every
 * {@code poll-interval}) and retried with back-off while Keycloak is away, so an erasure never fails or waits
 * because of Keycloak and is never forgotten. Rows are
 * claimed with FOR UPDATE SKIP LOCKED, so several instances never delete one account twice (and a second delete
 * would find it absent anyway).
 */
@ApplicationScoped
public class AccountDeletions {

    private static final Logger LOG = Logger.getLogger(AccountDeletions.class);
    private static final int BATCH = 20;

    @Inject
    EntityManager em;

    @Inject
    AccountsConfig config;

    @Inject
    KeycloakAccounts keycloak;

    @Inject
    Event<DeletionRequested> requested;

    private ExecutorService worker;

    /** Fired with each request, observed once the transaction committed (never after a rollback). */
    public record DeletionRequested() {
    }

    @PostConstruct
    void start() {
        worker = Executors.newSingleThreadExecutor(task -> {
            Thread thread = new Thread(task, "registration-account-deletions");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeletionRequested request) {
        if (!config.enabled()) {
            return;
        }
        try {
            worker.execute(() -> deletePending(Instant.now()));
        } catch (RejectedExecutionException e) {
            // shutting down: the rows wait for the next start
        }
    }

    /**
     * Asks for the deletion of the account behind a registration that has just been erased or anonymised, when
     * the person keeps no other registration that still needs it. People the committee added and who never
     * claimed their registration have no account.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void requestIfLast(Registration r, String participantId, String reason) {
        boolean ownAccount = RegistrationService.SOURCE_SELF.equals(r.source) || ((Number) em.createNativeQuery(
                "select count(*) from registration where id = ?1 and claimed_at is not null")
                .setParameter(1, r.id).getSingleResult()).intValue() > 0;
        if (!ownAccount) {
            return;
        }
        long others = ((Number) em.createNativeQuery("""
                select count(*) from registration where participant_id = ?1 and id <> ?2 and anonymised_at is null""")
                .setParameter(1, participantId).setParameter(2, r.id).getSingleResult()).longValue();
        if (others == 0) {
            em.createNativeQuery("""
                    insert into account_deletion (participant_id, reason) values (?1, ?2) on conflict do nothing""")
                    .setParameter(1, participantId).setParameter(2, reason).executeUpdate();
            requested.fire(new DeletionRequested());
        }
    }

    @Scheduled(every = "${assises.accounts.poll-interval:30s}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        if (config.enabled()) {
            deletePending(Instant.now());
        }
    }

    /**
     * Deletes the accounts due at {@code now}, one batch per transaction; answers how many rows were settled.
     * Synchronized: the scheduled run, the after-commit runs and the tests take turns in one instance (across
     * instances, SKIP LOCKED shares the rows).
     */
    public synchronized int deletePending(Instant now) {
        int settled = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(() -> deleteBatch(now));
            settled += batch;
        } while (batch == BATCH);
        return settled;
    }

    private int deleteBatch(Instant now) {
        @SuppressWarnings("unchecked")
        List<Object[]> due = em.createNativeQuery("""
                select participant_id, attempts from account_deletion where next_attempt_at <= ?1
                order by requested_at limit ?2 for update skip locked""")
                .setParameter(1, Timestamp.from(now)).setParameter(2, BATCH).getResultList();
        int settled = 0;
        for (Object[] row : due) {
            String participantId = (String) row[0];
            int attempts = ((Number) row[1]).intValue();
            try {
                KeycloakAccounts.Outcome outcome = keycloak.deleteParticipant(participantId);
                em.createNativeQuery("delete from account_deletion where participant_id = ?1")
                        .setParameter(1, participantId).executeUpdate();
                settled++;
                // never the subject id in the logs
                LOG.debugf("Keycloak account deletion settled: %s", outcome);
            } catch (KeycloakAccounts.Unavailable e) {
                Duration wait = backoff(attempts);
                em.createNativeQuery("""
                        update account_deletion set attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3
                        where participant_id = ?1""")
                        .setParameter(1, participantId).setParameter(2, Timestamp.from(now.plus(wait)))
                        .setParameter(3, e.getMessage()).executeUpdate();
                LOG.warnf("Keycloak account deletion postponed by %s: %s", wait, e.getMessage());
                // Keycloak is away: the others of the batch wait for the next run
                break;
            }
        }
        return settled;
    }

    Duration backoff(int attempts) {
        Duration wait = config.initialBackoff().multipliedBy(1L << Math.min(attempts, 20));
        return wait.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : wait;
    }
}
