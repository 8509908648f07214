package fr.assises.registration.registering;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.seats.SeatCounters;

/** Takes and gives back seats of a registration; callers hold the congress lock. */
@ApplicationScoped
public class SeatAllocator {

    @Inject
    SeatCounters counters;

    /** Takes a congress seat (total and category), or nothing. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean takeCongressSeat(Registration r) {
        if (!counters.tryTake(SeatCounters.totalKey(r.congressId))) {
            return false;
        }
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

    /** Seats every item of a confirmed registration: first choice, then second choice, else the waiting list. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void allocateItems(Registration r, List<RegistrationItem> items) {
        // a fixed order keeps the waiting-list sequence reproducible inside one registration
        List<RegistrationItem> ordered = items.stream()
                .sorted(Comparator.comparing((RegistrationItem i) -> i.kind).reversed()
                        .thenComparing(i -> String.valueOf(i.seriesId)).thenComparing(i -> i.sessionId))
                .toList();
        for (RegistrationItem item : ordered) {
            allocate(item);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void allocate(RegistrationItem item) {
        if (counters.tryTake(SeatCounters.sessionKey(item.sessionId))) {
            item.assignedRank = 1;
            item.status = RegistrationItem.CONFIRMED;
            item.waitlistSeq = null;
        } else if (item.secondChoiceId != null && counters.tryTake(SeatCounters.sessionKey(item.secondChoiceId))) {
            item.assignedRank = 2;
            item.status = RegistrationItem.CONFIRMED;
            item.waitlistSeq = null;
        } else {
            item.assignedRank = 1;
            item.status = RegistrationItem.WAITLISTED;
            item.waitlistSeq = counters.nextWaitlistSeq();
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
