package fr.assises.programme.attendance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class AttendanceRepository implements PanacheRepositoryBase<AttendanceContribution, AttendanceContribution.Key> {

    /** Expected (confirmed) and waitlisted people per session. */
    public record Counts(long expected, long waitlisted) {
    }

    public Map<UUID, Counts> countsBySession(UUID congressId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select session_id,
                       count(*) filter (where status = 'CONFIRMED'),
                       count(*) filter (where status = 'WAITLISTED')
                from attendance_contribution where congress_id = ?1 group by session_id""")
                .setParameter(1, congressId).getResultList();
        Map<UUID, Counts> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((UUID) row[0], new Counts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }

    public long forgetRegistration(UUID registrationId) {
        return delete("key.registrationId", registrationId);
    }
}
