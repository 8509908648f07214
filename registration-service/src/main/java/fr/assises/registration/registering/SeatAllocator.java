package fr.assises.registration.registering;

import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.Session;

import fr.assises.registration.seats.SeatCounters;

/**
 * Takes and gives back seats of a registration. A new registration holds its congress's seat lock shared (taken
 * with the person's lock, {@link RegistrationRepository#lockParticipant}); every other caller holds it exclusively.
 */
@ApplicationScoped
public class SeatAllocator {

    @Inject
    SeatCounters counters;

    @Inject
    EntityManager em;

    /** A new registration's congress seat (total and category), or nothing, under the shared seat lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeFirstCongressSeat(Registration r) {
        return takeCongressSeat(r);
    }

    /** Takes a congress seat (total and category), or nothing; the caller holds the congress lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeCongressSeat(Registration r) {
        String total = SeatCounters.totalKey(r.congressId);
        int start = r.id.hashCode();
        int stripe = counters.take(total, start);
        if (stripe < 0) {
            return false;
        }
        if (counters.take(SeatCounters.categoryKey(r.congressId, r.category), start) < 0) {
            counters.release(total, stripe);
            return false;
        }
        return true;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseCongressSeat(Registration r) {
        counters.release(SeatCounters.totalKey(r.congressId));
        counters.release(SeatCounters.categoryKey(r.congressId, r.category));
    }

    /**
     * Seats every item of a confirmed registration: first choice, then second choice, else the waiting list of the
     * first choice. The counters are visited in the order of their keys, whatever the choice (one global order,
     * so two registrations never wait for each other in a cycle): a second choice met before its first choice is
     * taken in case, and given back when the first choice had room. The waiting lists joined are locked after every
     * seat, in key order, and held until the commit.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allocateItems(Registration r, List<RegistrationItem> items) {
        placeItems(r, items);
        numberWaitingItems(items);
    }

    /**
     * Seats the items as {@link #allocateItems} does, but leaves those that must wait WAITLISTED without a number
     * and without the list's lock: a new registration numbers them after writing its rows ({@link #numberNew}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void placeItems(Registration r, List<RegistrationItem> items) {
        // a fixed order keeps the waiting-list sequence reproducible inside one registration
        List<RegistrationItem> ordered = items.stream()
                .sorted(Comparator.comparing((RegistrationItem i) -> i.kind).reversed()
                        .thenComparing(i -> String.valueOf(i.seriesId)).thenComparing(i -> i.sessionId))
                .toList();
        Map<String, RegistrationItem> firstOf = new HashMap<>();
        Map<String, RegistrationItem> secondOf = new HashMap<>();
        TreeMap<String, Boolean> keys = new TreeMap<>();
        for (RegistrationItem item : ordered) {
            firstOf.put(SeatCounters.sessionKey(item.sessionId), item);
            keys.put(SeatCounters.sessionKey(item.sessionId), true);
        }
        for (RegistrationItem item : ordered) {
            String second = item.secondChoiceId == null ? null : SeatCounters.sessionKey(item.secondChoiceId);
            // a session is one item's first or second choice (sessions belong to one slot): never both
            if (second != null && !keys.containsKey(second)) {
                secondOf.put(second, item);
                keys.put(second, false);
            }
        }
        int start = r.id.hashCode();
        Map<String, Integer> held = new HashMap<>();
        for (Map.Entry<String, Boolean> entry : keys.entrySet()) {
            String key = entry.getKey();
            if (!entry.getValue()
                    && held.containsKey(SeatCounters.sessionKey(secondOf.get(key).sessionId))) {
                continue; // a second choice whose first choice is already held
            }
            int stripe = counters.take(key, start);
            if (stripe >= 0) {
                held.put(key, stripe);
            }
        }
        for (RegistrationItem item : ordered) {
            String first = SeatCounters.sessionKey(item.sessionId);
            String second = item.secondChoiceId == null ? null : SeatCounters.sessionKey(item.secondChoiceId);
            if (held.containsKey(first)) {
                if (second != null && held.containsKey(second) && secondOf.get(second) == item) {
                    counters.release(second, held.remove(second));
                }
                item.assignedRank = 1;
                item.status = RegistrationItem.CONFIRMED;
                item.waitlistSeq = null;
            } else if (second != null && held.containsKey(second) && secondOf.get(second) == item) {
                item.assignedRank = 2;
                item.status = RegistrationItem.CONFIRMED;
                item.waitlistSeq = null;
            } else {
                item.assignedRank = 1;
                item.status = RegistrationItem.WAITLISTED;
                item.waitlistSeq = null;
            }
        }
    }

    /**
     * Numbers the items that wait without a number yet: their lists' locks in key order, each held until the
     * commit, then a number each (callers holding the congress lock exclusively: changes, promotions).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void numberWaitingItems(List<RegistrationItem> items) {
        TreeMap<String, RegistrationItem> waiting = new TreeMap<>();
        for (RegistrationItem item : items) {
            if (RegistrationItem.WAITLISTED.equals(item.status) && item.waitlistSeq == null) {
                waiting.put(SeatCounters.sessionKey(item.sessionId), item);
            }
        }
        waiting.keySet().forEach(counters::lockList);
        for (RegistrationItem item : waiting.values()) {
            item.waitlistSeq = counters.nextWaitlistSeq();
        }
    }

    /**
     * The last step of a new registration, once its rows, its event and its mail are written: if it joins waiting
     * lists (the congress's, or those of its workshops and meals), their locks in key order, held until the
     * commit, then, in one statement, its numbers, its creation time and the places it is told (that statement
     * starts after the locks: it sees every earlier holder's commit, and nobody with a smaller number is still in
     * flight). People joining one list are thus numbered, dated and committed in one order, and the lock is held
     * only for that statement and the commit. Answers the places, for the view.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public RegistrationViews.Positions numberNew(Registration r) {
        if (Registration.WAITLISTED.equals(r.status)) {
            counters.lockList(SeatCounters.totalKey(r.congressId));
            Instant now = Instant.now();
            Object[] row = (Object[]) em.createNativeQuery("""
                    with u as (
                        update registration set waitlist_seq = nextval('waitlist_seq'), created_at = ?2, updated_at = ?2
                        where id = ?1 returning waitlist_seq, congress_id)
                    select u.waitlist_seq, 1 + (select count(*) from registration w
                        where w.congress_id = u.congress_id and w.status = 'WAITLISTED' and w.offer_expires_at is null
                        and w.waitlist_seq < u.waitlist_seq)
                    from u""")
                    .setParameter(1, r.id).setParameter(2, now).getSingleResult();
            // written above: the entity must not be written again at the commit
            em.unwrap(Session.class).setReadOnly(r, true);
            r.waitlistSeq = ((Number) row[0]).longValue();
            r.createdAt = now;
            r.updatedAt = now;
            return new RegistrationViews.Positions(((Number) row[1]).longValue(), Map.of());
        }
        TreeMap<String, RegistrationItem> waiting = new TreeMap<>();
        for (RegistrationItem item : r.items) {
            if (RegistrationItem.WAITLISTED.equals(item.status) && item.waitlistSeq == null) {
                waiting.put(SeatCounters.sessionKey(item.sessionId), item);
            }
        }
        if (waiting.isEmpty()) {
            return new RegistrationViews.Positions(null, Map.of());
        }
        waiting.keySet().forEach(counters::lockList);
        Instant now = Instant.now();
        Map<UUID, RegistrationItem> byId = new HashMap<>();
        waiting.values().forEach(item -> byId.put(item.id, item));
        @SuppressWarnings("unchecked")
        List<Object[]> numbered = em.createNativeQuery("""
                with r as (update registration set created_at = ?2, updated_at = ?2 where id = ?1 returning id),
                u as (update registration_item set waitlist_seq = nextval('waitlist_seq')
                      where registration_id in (select id from r) and id in (?3)
                      returning id, session_id, waitlist_seq)
                select u.id, u.waitlist_seq, 1 + (select count(*) from registration_item w
                    where w.session_id = u.session_id and w.status = 'WAITLISTED' and w.waitlist_seq < u.waitlist_seq)
                from u""")
                .setParameter(1, r.id).setParameter(2, now).setParameter(3, List.copyOf(byId.keySet()))
                .getResultList();
        Session session = em.unwrap(Session.class);
        session.setReadOnly(r, true);
        r.createdAt = now;
        r.updatedAt = now;
        Map<UUID, Long> positions = new HashMap<>();
        for (Object[] row : numbered) {
            RegistrationItem item = byId.get((UUID) row[0]);
            session.setReadOnly(item, true);
            item.waitlistSeq = ((Number) row[1]).longValue();
            positions.put(item.id, ((Number) row[2]).longValue());
        }
        return new RegistrationViews.Positions(null, positions);
    }

    /** Gives back the seat an item holds, if any, and leaves it PENDING; the caller holds the congress lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseItem(RegistrationItem item) {
        if (RegistrationItem.CONFIRMED.equals(item.status)) {
            counters.release(SeatCounters.sessionKey(item.heldSession()));
        }
        item.status = RegistrationItem.PENDING;
        item.waitlistSeq = null;
        item.assignedRank = 1;
    }

    /** Takes the seat a waiting item waits for; false when still full. The caller holds the congress lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean promoteItem(RegistrationItem item) {
        if (counters.take(SeatCounters.sessionKey(item.sessionId), 0) >= 0) {
            item.status = RegistrationItem.CONFIRMED;
            item.assignedRank = 1;
            item.waitlistSeq = null;
            return true;
        }
        return false;
    }
}
