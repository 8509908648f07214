package fr.assises.common.testapp;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.common.outbox.Outbox;

@ApplicationScoped
public class NoteService {

    @Inject
    Outbox outbox;

    @Inject
    EntityManager entityManager;

    /** Writes an event and, when asked, fails afterwards so that the transaction rolls back. */
    @Transactional
    public void change(String topic, String aggregate, long version, boolean failAfterWrite) {
        outbox.publish(topic, NoteEvent.TYPE, aggregate, new NoteEvent(aggregate, version, "note " + version));
        if (failAfterWrite) {
            throw new IllegalStateException("business rule failed after the event was written");
        }
    }

    /** A change whose transaction first waits {@code seconds} in the database, as a slow request would. */
    @Transactional
    public void slowChange(String aggregate, int seconds) {
        entityManager.createNativeQuery("select pg_sleep(?1)").setParameter(1, seconds).getSingleResult();
        outbox.publish(NoteEvent.TOPIC, NoteEvent.TYPE, aggregate, new NoteEvent(aggregate, 1, "slow"));
    }

    /** Statements of other sessions still sleeping in PostgreSQL ({@link #slowChange}'s). */
    @Transactional
    public long sleeping() {
        return ((Number) entityManager.createNativeQuery("select count(*) from pg_stat_activity where pid <> "
                + "pg_backend_pid() and state = 'active' and query like 'select pg_sleep%'")
                .getSingleResult()).longValue();
    }

    @Transactional
    public long published(String aggregate) {
        return ((Number) entityManager.createNativeQuery("select count(*) from outbox_event where subject = ?1")
                .setParameter(1, aggregate)
                .getSingleResult()).longValue();
    }

    @Transactional
    public long effects(String aggregate) {
        return ((Number) entityManager
                .createNativeQuery("select count(*) from testapp_effect where aggregate = ?1")
                .setParameter(1, aggregate)
                .getSingleResult()).longValue();
    }

    @Transactional
    public long projectedVersion(String aggregate) {
        var rows = entityManager.createNativeQuery("select version from testapp_projection where aggregate = ?1")
                .setParameter(1, aggregate)
                .getResultList();
        return rows.isEmpty() ? -1 : ((Number) rows.get(0)).longValue();
    }
}
