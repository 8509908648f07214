package fr.assises.registration.registering;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;

import fr.assises.registration.seats.SeatCounters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RegistrationRepository implements PanacheRepositoryBase<Registration, UUID> {

    /** Registrations of one category that chose one day: those holding a seat, those waiting. */
    public record DayCount(String day, String category, int seated, int waiting) {
    }

    @Inject
    SeatCounters seatCounters;

    /** Hibernate's lock timeout meaning {@code SKIP LOCKED}. */
    private static final int SKIP_LOCKED = -2;

    /**
     * The matching registrations, each locked for this transaction, leaving out those another transaction holds:
     * a job running on several instances at once claims every row once (the other instance skips it, then finds
     * it done).
     */
    public List<Registration> claim(String query, Object... parameters) {
        return find(query, parameters)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint("jakarta.persistence.lock.timeout", SKIP_LOCKED)
                .list();
    }

    /**
     * Holds the person's registering to the congress until the commit (a transaction-level advisory lock): the same
     * form sent twice at once is checked once the first one committed, so the second gets its 409 from
     * {@link #ofParticipant} instead of failing on the unique index. Other people are not held (a hash collision
     * only queues two people one behind the other). The same statement then takes the congress's seat lock, shared
     * (other registrations go on; cancellations and capacity changes wait): never the other way round.
     */
    public void lockParticipant(UUID congressId, String participantId) {
        seatCounters.lockCongressShared(congressId, congressId + "/" + participantId);
    }

    /** The person's registration that is not cancelled, if any. */
    public Optional<Registration> ofParticipant(UUID congressId, String participantId) {
        return find("congressId = ?1 and participantId = ?2 and status <> 'CANCELLED'", congressId, participantId)
                .firstResultOptional();
    }

    /** Whether the person has a registration that is not cancelled (one indexed look-up, nothing loaded). */
    public boolean hasActive(UUID congressId, String participantId) {
        return !getEntityManager().createNativeQuery("""
                select 1 from registration where congress_id = ?1 and participant_id = ?2 and status <> 'CANCELLED'
                limit 1""").setParameter(1, congressId).setParameter(2, participantId).getResultList().isEmpty();
    }

    public List<Registration> waiting(UUID congressId) {
        return list("congressId = ?1 and status = 'WAITLISTED' and offerExpiresAt is null order by waitlistSeq",
                congressId);
    }

    public long congressPosition(Registration r) {
        if (!Registration.WAITLISTED.equals(r.status) || r.offerExpiresAt != null || r.waitlistSeq == null) {
            return 0;
        }
        return count("congressId = ?1 and status = 'WAITLISTED' and offerExpiresAt is null and waitlistSeq <= ?2",
                r.congressId, r.waitlistSeq);
    }

    public long itemPosition(RegistrationItem item) {
        if (!RegistrationItem.WAITLISTED.equals(item.status) || item.waitlistSeq == null) {
            return 0;
        }
        return getEntityManager().createQuery("""
                select count(i) from RegistrationItem i
                where i.sessionId = ?1 and i.status = 'WAITLISTED' and i.waitlistSeq <= ?2""", Long.class)
                .setParameter(1, item.sessionId)
                .setParameter(2, item.waitlistSeq)
                .getSingleResult();
    }

    public List<RegistrationItem> waitingItems(UUID congressId) {
        return getEntityManager().createQuery("""
                select i from RegistrationItem i join fetch i.registration r
                where r.congressId = ?1 and i.status = 'WAITLISTED' and r.status = 'CONFIRMED'
                order by i.waitlistSeq""", RegistrationItem.class)
                .setParameter(1, congressId)
                .getResultList();
    }

    /**
     * Per day chosen and category, in one aggregate query (the public availability is polled by the live
     * form). A seat is held by a confirmed registration or by a waiting one with a place offered, exactly what
     * the seat counters count; cancelled registrations never count.
     */
    public List<DayCount> dayCounts(UUID congressId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select d.day, r.category,
                       count(*) filter (where r.status = 'CONFIRMED'
                                          or (r.status = 'WAITLISTED' and r.offer_expires_at is not null)),
                       count(*) filter (where r.status = 'WAITLISTED')
                from registration r cross join unnest(string_to_array(r.days, ',')) as d(day)
                where r.congress_id = ?1 and r.status <> 'CANCELLED'
                group by d.day, r.category""")
                .setParameter(1, congressId)
                .getResultList();
        return rows.stream().map(r -> new DayCount((String) r[0], (String) r[1], ((Number) r[2]).intValue(),
                ((Number) r[3]).intValue())).toList();
    }
}
