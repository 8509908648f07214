package fr.assises.registration.registering;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.seats.SeatCounters;

/**
 * Takes and gives back seats of a registration. A new registration holds its congress's seat lock shared (taken
 * with the person's lock, {@link RegistrationRepository#lockParticipant}); every other caller holds it exclusively.
 */
@ApplicationScoped
public class SeatAllocator {

    @Inject
    SeatCounters counters;

    /** A new registration's congress seat (total and category), or nothing, under the shared seat lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeFirstCongressSeat(Registration r) {
        return takeCongressSeat(r);
    }

    /**
     * Puts a new registration on the congress's waiting list: the list's lock is held until the commit, so people
     * joining it are numbered and committed in one order and the place each is told is final. Taken after every
     * seat row (one global order).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void joinCongressWaitingList(Registration r) {
        counters.lockList(SeatCounters.totalKey(r.congressId));
        r.status = Registration.WAITLISTED;
        r.waitlistSeq = counters.nextWaitlistSeq();
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
        TreeMap<String, RegistrationItem> waiting = new TreeMap<>();
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
                waiting.put(first, item);
            }
        }
        // the waiting lists last, in key order, each held until the commit (see joinCongressWaitingList)
        waiting.keySet().forEach(counters::lockList);
        for (RegistrationItem item : ordered) {
            if (waiting.containsValue(item)) {
                item.assignedRank = 1;
                item.status = RegistrationItem.WAITLISTED;
                item.waitlistSeq = counters.nextWaitlistSeq();
            }
        }
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
