package fr.assises.programme.attendance;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;

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

    /** Which of {@code sessionIds} are sessions of the congress: one query, however large the programme. */
    @SuppressWarnings("unchecked")
    public Set<UUID> sessionsOf(UUID congressId, Collection<UUID> sessionIds) {
        StringBuilder sql = new StringBuilder("select id from session where congress_id = ?1 and id in (");
        for (int i = 0; i < sessionIds.size(); i++) {
            sql.append(i > 0 ? ", " : "").append('?').append(i + 2);
        }
        Query query = getEntityManager().createNativeQuery(sql.append(')').toString()).setParameter(1, congressId);
        int index = 2;
        for (UUID id : sessionIds) {
            query.setParameter(index++, id);
        }
        return new HashSet<>((List<UUID>) query.getResultList());
    }

    /** A registration's contributions in one statement (key to status), rather than one insert each. */
    public void insert(UUID congressId, Map<AttendanceContribution.Key, String> contributions) {
        if (contributions.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into attendance_contribution (registration_id, congress_id, session_id, kind, status) values ");
        List<Object> params = new ArrayList<>();
        contributions.forEach((key, status) -> {
            int at = params.size();
            sql.append(at == 0 ? "" : ", ").append("(?").append(at + 1).append(", ?").append(at + 2).append(", ?")
                    .append(at + 3).append(", ?").append(at + 4).append(", ?").append(at + 5).append(')');
            params.addAll(List.of(key.registrationId, congressId, key.sessionId, key.kind, status));
        });
        Query query = getEntityManager().createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        query.executeUpdate();
    }

    public long forgetRegistration(UUID registrationId) {
        return delete("key.registrationId", registrationId);
    }
}
