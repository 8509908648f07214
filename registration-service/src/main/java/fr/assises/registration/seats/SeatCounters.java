package fr.assises.registration.seats;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;

/**
 * Seat counters in PostgreSQL. Each counter is {@link #STRIPES} rows (stripes) whose capacities add up to the
 * counter's; a seat is taken from one stripe with room by a conditional {@code UPDATE ... WHERE taken < capacity},
 * so the database, not the JVM, guarantees that no counter ever exceeds its capacity, and concurrent registrations
 * update different rows instead of queueing on one.
 * <p>
 * Why exact and without deadlock (README, "How seats are never overbooked"): new registrations hold their
 * congress's seat lock shared ({@link #lockCongressShared}), everything else that moves seats (cancellations,
 * changes, promotions, capacity changes) holds it exclusively ({@link #lockCongress}). Under the shared lock seats
 * are only taken, never freed, so a registration finding every stripe full is right to wait; and it takes the rows
 * of its counters in one global order (total, category, then workshops and meals by key), one stripe per counter,
 * the stripes of a counter in stripe order, so waits never form a cycle.
 */
@ApplicationScoped
public class SeatCounters {

    public static final String TOTAL = "TOTAL";
    public static final String CATEGORY = "CATEGORY";
    public static final String SESSION = "SESSION";
    /** Stripes per counter: at least the connection pool (30), so every registration in flight may hold its own. */
    public static final int STRIPES = 32;

    @Inject
    EntityManager em;

    /** A counter's state, summed over its stripes; {@code capacity} null means unlimited. */
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

    /** Key of the congress's seat lock (a transaction-level PostgreSQL advisory lock). */
    public static String congressLockKey(UUID congressId) {
        return "seats:" + congressId;
    }

    /** Locks the congress for seat moves, exclusively; 422 when its registration settings do not exist yet. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCongress(UUID congressId) {
        if (!lockCongressIfPresent(congressId)) {
            throw ProblemException.businessRule("Les inscriptions de ce congrès ne sont pas encore paramétrées.");
        }
    }

    /** Locks the congress for seat moves, exclusively; answers whether its counters exist. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean lockCongressIfPresent(UUID congressId) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, congressLockKey(congressId))
                .getSingleResult();
        // a statement of its own, after the lock: its snapshot sees what the previous holder committed
        return !em.createNativeQuery("select 1 from seat_counter where counter_key = ?1 limit 1")
                .setParameter(1, totalKey(congressId))
                .getResultList().isEmpty();
    }

    /**
     * Holds the person's registering to the congress (exclusive, per person) and the congress's seat lock (shared)
     * until the commit, in one statement and in that order. Many registrations hold the seat lock at once; a
     * cancellation, change or capacity change waits for them and they wait for it.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockCongressShared(UUID congressId, String personKey) {
        em.createNativeQuery("""
                select pg_advisory_xact_lock_shared(hashtextextended(?2, 0))
                from pg_advisory_xact_lock(hashtextextended(?1, 0))""")
                .setParameter(1, personKey)
                .setParameter(2, congressLockKey(congressId))
                .getSingleResult();
    }

    /**
     * Takes a seat of the counter: answers the stripe it came from, or -1 when no stripe has room. First a stripe
     * with room that nobody else holds (no wait), starting at {@code start} so concurrent registrations spread;
     * when there is none, the first stripe with room, waiting for its holder's commit (which may fill it: the
     * next one is then tried). -1 therefore means every stripe was full, not merely busy.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int take(String key, int start) {
        Integer stripe = takeStripe(key, """
                select stripe from seat_counter where counter_key = ?1 and (capacity is null or taken < capacity)
                order by (stripe + ?2) % ?3 limit 1 for update skip locked""", Math.floorMod(start, STRIPES));
        if (stripe == null) {
            stripe = takeStripe(key, """
                    select stripe from seat_counter where counter_key = ?1 and (capacity is null or taken < capacity)
                    order by stripe limit 1 for update""", null);
        }
        return stripe == null ? -1 : stripe;
    }

    /** {@code pick} picks and locks one stripe; as a materialised CTE it runs once, not once per row joined. */
    private Integer takeStripe(String key, String pick, Integer start) {
        var query = em.createNativeQuery("""
                with p as materialized (%s)
                update seat_counter s set taken = s.taken + 1
                from p
                where s.counter_key = ?1 and s.stripe = p.stripe and (s.capacity is null or s.taken < s.capacity)
                returning s.stripe""".formatted(pick))
                .setParameter(1, key);
        if (start != null) {
            query.setParameter(2, start).setParameter(3, STRIPES);
        }
        @SuppressWarnings("unchecked")
        List<Number> taken = query.getResultList();
        return taken.isEmpty() ? null : taken.get(0).intValue();
    }

    /** Gives back a seat to the stripe this transaction took it from (its row is already this transaction's). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String key, int stripe) {
        em.createNativeQuery("""
                update seat_counter set taken = taken - 1 where counter_key = ?1 and stripe = ?2 and taken > 0""")
                .setParameter(1, key)
                .setParameter(2, stripe)
                .executeUpdate();
    }

    /**
     * Gives back a seat held by a committed registration, to the stripe with the least room (an overbooked one
     * first), which keeps the room spread over the stripes. The caller holds the congress lock exclusively.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void release(String key) {
        em.createNativeQuery("""
                update seat_counter set taken = taken - 1
                where counter_key = ?1 and stripe = (
                    select stripe from seat_counter where counter_key = ?1 and taken > 0
                    order by taken - coalesce(capacity, 0) desc, stripe limit 1)""")
                .setParameter(1, key)
                .executeUpdate();
    }

    /**
     * Serialises the registrations joining one waiting list (congress or session) until they commit, so their
     * waiting-list numbers and the positions they are told follow that order. Taken after every seat row, in key
     * order.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockList(String key) {
        em.createNativeQuery("select 1 from pg_advisory_xact_lock(hashtextextended(?1, 0))")
                .setParameter(1, "list:" + key)
                .getSingleResult();
    }

    /**
     * Creates the counter's stripes if missing and sets its capacity, spread over them with the seats they hold
     * (a capacity lowered below the seats taken leaves the counter overbooked). The caller holds the congress lock
     * exclusively.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void upsert(String key, UUID congressId, String kind, String ref, Integer capacity) {
        em.createNativeQuery("""
                insert into seat_counter (counter_key, stripe, congress_id, kind, ref, capacity, taken)
                select ?1, s, ?2, ?3, ?4, null, 0 from generate_series(0, ?5 - 1) s
                on conflict (counter_key, stripe) do nothing""")
                .setParameter(1, key)
                .setParameter(2, congressId)
                .setParameter(3, kind)
                .setParameter(4, ref)
                .setParameter(5, STRIPES)
                .executeUpdate();
        em.createNativeQuery("""
                select 1 from seat_counter_spread(?1, cast(?2 as integer),
                    (select coalesce(sum(taken), 0)::integer from seat_counter where counter_key = ?1))""")
                .setParameter(1, key)
                .setParameter(2, capacity)
                .getSingleResult();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void upsertSession(UUID congressId, UUID sessionId, Integer capacity) {
        upsert(sessionKey(sessionId), congressId, SESSION, sessionId.toString(), capacity);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Counter> all(UUID congressId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select counter_key, min(kind), min(ref), sum(capacity), sum(taken) from seat_counter
                where congress_id = ?1 group by counter_key order by counter_key""")
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
