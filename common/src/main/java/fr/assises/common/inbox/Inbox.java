package fr.assises.common.inbox;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Consumer-side idempotency, in the consumer's own transaction: an event applied once stays applied once
 * however often it is delivered, and an older version of an aggregate never overwrites a newer one.
 */
@ApplicationScoped
public class Inbox {

    private static final String RECORD_EVENT = """
            insert into inbox_event (consumer, event_id) values (?1, ?2)
            on conflict do nothing""";

    private static final String RECORD_VERSION = """
            insert into projection_version (aggregate_type, aggregate_id, version) values (?1, ?2, ?3)
            on conflict (aggregate_type, aggregate_id) do update
                set version = excluded.version, updated_at = now()
                where projection_version.version < excluded.version""";

    private static final String CURRENT_VERSION = """
            select version from projection_version where aggregate_type = ?1 and aggregate_id = ?2""";

    @Inject
    EntityManager entityManager;

    /**
     * Records that {@code consumer} processes event {@code eventId}.
     *
     * @return true the first time; false when it was already processed (skip the side effects)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, UUID eventId) {
        return entityManager.createNativeQuery(RECORD_EVENT)
                .setParameter(1, consumer)
                .setParameter(2, eventId)
                .executeUpdate() == 1;
    }

    /**
     * Records {@code version} as the latest applied for the aggregate when it is newer than what was applied.
     *
     * @return true when the caller should apply this state; false for a duplicate or an out-of-date event
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean acceptVersion(String aggregateType, String aggregateId, long version) {
        return entityManager.createNativeQuery(RECORD_VERSION)
                .setParameter(1, aggregateType)
                .setParameter(2, aggregateId)
                .setParameter(3, version)
                .executeUpdate() == 1;
    }

    /** The latest version applied for an aggregate, or -1 when none was. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public long appliedVersion(String aggregateType, String aggregateId) {
        var result = entityManager.createNativeQuery(CURRENT_VERSION, Long.class)
                .setParameter(1, aggregateType)
                .setParameter(2, aggregateId)
                .getResultList();
        return result.isEmpty() ? -1 : ((Number) result.get(0)).longValue();
    }
}
