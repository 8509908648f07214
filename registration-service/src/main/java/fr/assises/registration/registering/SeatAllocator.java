package fr.assises.registration.registering;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.seats.SeatCounters;

/** Takes and gives back seats of a registration; callers hold the congress lock (a new registration takes it here). */
@ApplicationScoped
public class SeatAllocator {

    @Inject
    SeatCounters counters;

    /**
     * A new registration's first seat move: takes a congress seat (total and category), or nothing, and holds the
     * congress's TOTAL row either way until the commit (the caller does not hold it before).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeFirstCongressSeat(Registration r) {
        if (!counters.takeTotal(r.congressId)) {
            return false;
        }
        return takeCategory(r);
    }

    /** Takes a congress seat (total and category), or nothing; the caller holds the congress lock. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeCongressSeat(Registration r) {
        if (!counters.tryTake(SeatCounters.totalKey(r.congressId))) {
            return false;
        }
        return takeCategory(r);
    }

    private boolean takeCategory(Registration r) {
        if (!counters.tryTake(SeatCounters.categoryKey(r.congressId, r.category))) {
            counters.release(SeatCounters.totalKey(r.congressId));
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
     * Seats every item of a confirmed registration: first choice, then second choice, else the waiting list. The
     * first choices are taken in one statement, the second choices of those that missed in another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allocateItems(Registration r, List<RegistrationItem> items) {
        // a fixed order keeps the waiting-list sequence reproducible inside one registration
        List<RegistrationItem> ordered = items.stream()
                .sorted(Comparator.comparing((RegistrationItem i) -> i.kind).reversed()
                        .thenComparing(i -> String.valueOf(i.seriesId)).thenComparing(i -> i.sessionId))
                .toList();
        Set<String> first = counters.takeEach(ordered.stream()
                .map(i -> SeatCounters.sessionKey(i.sessionId)).collect(Collectors.toCollection(LinkedHashSet::new)));
        Set<String> second = counters.takeEach(ordered.stream()
                .filter(i -> i.secondChoiceId != null && !first.contains(SeatCounters.sessionKey(i.sessionId)))
                .map(i -> SeatCounters.sessionKey(i.secondChoiceId))
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        for (RegistrationItem item : ordered) {
            if (first.contains(SeatCounters.sessionKey(item.sessionId))) {
                item.assignedRank = 1;
                item.status = RegistrationItem.CONFIRMED;
                item.waitlistSeq = null;
            } else if (item.secondChoiceId != null && second.contains(SeatCounters.sessionKey(item.secondChoiceId))) {
                item.assignedRank = 2;
                item.status = RegistrationItem.CONFIRMED;
                item.waitlistSeq = null;
            } else {
                item.assignedRank = 1;
                item.status = RegistrationItem.WAITLISTED;
                item.waitlistSeq = counters.nextWaitlistSeq();
            }
        }
    }

    /** Gives back the seat an item holds, if any, and leaves it PENDING. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void releaseItem(RegistrationItem item) {
        if (RegistrationItem.CONFIRMED.equals(item.status)) {
            counters.release(SeatCounters.sessionKey(item.heldSession()));
        }
        item.status = RegistrationItem.PENDING;
        item.waitlistSeq = null;
        item.assignedRank = 1;
    }

    /** Takes the seat a waiting item waits for; false when still full. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean promoteItem(RegistrationItem item) {
        if (counters.tryTake(SeatCounters.sessionKey(item.sessionId))) {
            item.status = RegistrationItem.CONFIRMED;
            item.assignedRank = 1;
            item.waitlistSeq = null;
            return true;
        }
        return false;
    }
}
