package fr.assises.registration.seats;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;

/**
 * Seat counters in PostgreSQL. A seat is taken by a conditional {@code UPDATE ... WHERE taken < capacity}, so
 * the database, not the JVM, guarantees that no counter ever exceeds its capacity. Every transaction that moves
 * seats of a congress first holds that congress's TOTAL row: this orders them (no deadlock between counters)
 * and makes waiting-list sequence numbers follow the commit order. A new registration gets there last, after
 * every check and lookup, with {@link #takeTotal}: the row is held only for the seat moves, the inserts and the
 * commit, so the queue a congress forms is a few statements long.
 */
@ApplicationScoped
public class SeatCounters {

    public static final String TOTAL = "TOTAL";
    public static final String CATEGORY = "CATEGORY";
    public static final String SESSION = "SESSION";

    @Inject
    EntityManager em;

    /** A counter's state; {@code capacity} null means unlimited. */
    public record Counter(String key, String kind, String ref, Integer capacity, int taken) {

        public Integer remaining() {
            return capacity == null ? null : Math.max(0, capacity - taken);
        }

        public boolean overbooked() {
            return capacity != null && taken > capacity;
        }
    }

    public static String totalKey(UUID congressId) {
        return "total:" + congressId;
    }

    public static String categoryKey(UUID congressId, String code) {
        return "category:" + congressId + ":" + code;
    }

    public static String sessionKey(UUID sessionId) {
        return "session:" + sessionId;
    }

    /** Locks the congress for seat moves; 422 when its registration settings do not exist yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockTotal(UUID congressId) {
        if (!lockTotalIfPresent(congressId)) {
            throw ProblemException.businessRule("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockTotalIfPresent(UUID congressId) {
        return !em.createNativeQuery("select taken from seat_counter where counter_key = ?1 for update")
                .setParameter(1, totalKey(congressId))
                .getResultList().isEmpty();
    }

    /**
     * Takes a congress seat, or finds the congress full, holding its TOTAL row in both cases until the commit:
     * one statement when a seat is free (the update both takes and locks), two more when full, so that a
     * registration sent to the waiting list is ordered against a cancellation that frees a seat. 422 when the
     * congress's registration settings do not exist yet.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeTotal(UUID congressId) {
        if (tryTake(totalKey(congressId))) {
            return true;
        }
        lockTotal(congressId);
        // a cancellation may have freed a seat between the failed update and the lock
        return tryTake(totalKey(congressId));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public boolean tryTake(String key) {
        return em.createNativeQuery("""
                update seat_counter set taken = taken + 1
                where counter_key = ?1 and (capacity is null or taken < capacity)""")
                .setParameter(1, key)
                .executeUpdate() == 1;
    }

    /**
     * Takes one seat of each counter that has room, in one statement; answers the keys taken. For a registration's
     * workshops and meals under the congress lock: one round trip instead of one per item.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<String> takeEach(Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        @SuppressWarnings("unchecked")
        List<String> taken = em.createNativeQuery("""
                update seat_counter set taken = taken + 1
                where counter_key in (?1) and (capacity is null or taken < capacity)
                returning counter_key""")
                .setParameter(1, List.copyOf(keys))
                .getResultList();
        return new HashSet<>(taken);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String key) {
        em.createNativeQuery("update seat_counter set taken = taken - 1 where counter_key = ?1 and taken > 0")
                .setParameter(1, key)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(String key, UUID congressId, String kind, String ref, Integer capacity) {
        em.createNativeQuery("""
                insert into seat_counter (counter_key, congress_id, kind, ref, capacity, taken)
                values (?1, ?2, ?3, ?4, ?5, 0)
                on conflict (counter_key) do update set capacity = excluded.capacity""")
                .setParameter(1, key)
                .setParameter(2, congressId)
                .setParameter(3, kind)
                .setParameter(4, ref)
                .setParameter(5, capacity)
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertSession(UUID congressId, UUID sessionId, Integer capacity) {
        upsert(sessionKey(sessionId), congressId, SESSION, sessionId.toString(), capacity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Counter> all(UUID congressId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select counter_key, kind, ref, capacity, taken from seat_counter
                where congress_id = ?1 order by counter_key""")
                .setParameter(1, congressId)
                .getResultList();
        return rows.stream().map(r -> new Counter((String) r[0], (String) r[1], (String) r[2],
                r[3] == null ? null : ((Number) r[3]).intValue(), ((Number) r[4]).intValue())).toList();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public long nextWaitlistSeq() {
        return ((Number) em.createNativeQuery("select nextval('waitlist_seq')").getSingleResult()).longValue();
    }
}
