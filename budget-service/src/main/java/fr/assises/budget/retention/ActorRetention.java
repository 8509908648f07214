package fr.assises.budget.retention;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The only personal data budget-service holds are the organisers' identities (Keycloak subject and username)
 * in the audit trail and on the versions they created or submitted: once the period has passed they are
 * replaced by {@link #ANONYMOUS}; what was changed, when, and the budgets themselves stay. Each statement's
 * condition no longer holds once a row is done, so a second run, or another instance's, changes nothing.
 */
@ApplicationScoped
public class ActorRetention {

    /** Who a change is attributed to once its author's identity has been erased. */
    public static final String ANONYMOUS = "anonyme";

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig config;

    /** Erases the authors of the changes older than the period at {@code now}; answers how many rows changed. */
    @Transactional
    public int eraseExpired(Instant now) {
        Timestamp before = Timestamp.from(now.atZone(ZoneId.of("Europe/Paris")).minus(config.actors()).toInstant());
        int rows = em.createNativeQuery("""
                update audit_entry set actor = ?1, actor_name = null
                where at < ?2 and (actor <> ?1 or actor_name is not null)""")
                .setParameter(1, ANONYMOUS).setParameter(2, before).executeUpdate();
        rows += em.createNativeQuery("""
                update budget_version set created_by = ?1 where created_at < ?2 and created_by <> ?1""")
                .setParameter(1, ANONYMOUS).setParameter(2, before).executeUpdate();
        rows += em.createNativeQuery("""
                update budget_version set submitted_by = ?1 where submitted_at < ?2 and submitted_by <> ?1""")
                .setParameter(1, ANONYMOUS).setParameter(2, before).executeUpdate();
        return rows;
    }
}
