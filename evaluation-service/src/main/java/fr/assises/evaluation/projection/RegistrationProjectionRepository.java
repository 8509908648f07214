package fr.assises.evaluation.projection;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RegistrationProjectionRepository implements PanacheRepositoryBase<RegistrationProjection, UUID> {

    /** Confirmed and checked-in registrations of a congress: the people who may answer its survey. */
    public List<RegistrationProjection> checkedIn(UUID congressId) {
        return list("congressId = ?1 and status = 'CONFIRMED' and checkedInAt is not null", congressId);
    }

    public List<RegistrationProjection> checkedIn(UUID congressId, String participantId) {
        return list("congressId = ?1 and participantId = ?2 and status = 'CONFIRMED' and checkedInAt is not null",
                congressId, participantId);
    }

    public long countConfirmedParticipants(UUID congressId) {
        return getEntityManager().createQuery("""
                select count(distinct r.participantId) from RegistrationProjection r
                where r.congressId = ?1 and r.status = 'CONFIRMED'""", Long.class)
                .setParameter(1, congressId).getSingleResult();
    }

    public long countCheckedInParticipants(UUID congressId) {
        return getEntityManager().createQuery("""
                select count(distinct r.participantId) from RegistrationProjection r
                where r.congressId = ?1 and r.status = 'CONFIRMED' and r.checkedInAt is not null""", Long.class)
                .setParameter(1, congressId).getSingleResult();
    }

    /** Checked-in participants per category code. */
    public Map<String, Long> countCheckedInByCategory(UUID congressId) {
        Map<String, Long> counts = new TreeMap<>();
        getEntityManager().createQuery("""
                select r.category, count(distinct r.participantId) from RegistrationProjection r
                where r.congressId = ?1 and r.status = 'CONFIRMED' and r.checkedInAt is not null
                group by r.category""", Object[].class)
                .setParameter(1, congressId).getResultList()
                .forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
