package fr.assises.registration.catering;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.registering.RegistrationViews;
import fr.assises.registration.seats.SeatCounters;

/**
 * Freezes the meal counts for the caterer and lists what changed since. A snapshot keeps who held or awaited
 * each meal; the late changes are the difference between that and the seats held now, so cancellations,
 * promotions from a waiting list, changes and meals withdrawn by the programme all show up without the code
 * that moves seats knowing about catering. Every figure comes from a fixed number of queries.
 */
@ApplicationScoped
public class CateringFreeze {

    public static final String BY_SCHEDULE = "SCHEDULE";
    public static final String BY_ORGANISER = "ORGANISER";

    static final Map<String, String> REASONS = Map.of(
            "CANCELLED", "Inscription annulée",
            "MEAL_CANCELLED", "Repas retiré du programme",
            "MEAL_REMOVED", "Repas retiré de l'inscription",
            "PROMOTED", "Place libérée : sortie de la liste d'attente",
            "NEW_REGISTRATION", "Nouvelle inscription",
            "MEAL_ADDED", "Repas ajouté à l'inscription");

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    SeatCounters counters;

    @Inject
    EntityManager em;

    /** Takes a snapshot of the congress's meal counts now; 422 when the programme has no meal. */
    @Transactional
    public UUID freeze(UUID congressId, String takenBy) {
        congresses.require(congressId);
        // seat moves of the congress hold this lock: the snapshot sees each of them wholly before or after
        counters.lockCongress(congressId);
        if (meals(congressId).isEmpty()) {
            throw ProblemException.businessRule("Aucun repas au programme publié : il n'y a rien à geler.");
        }
        UUID id = UUID.randomUUID();
        em.createNativeQuery("""
                insert into catering_snapshot (id, congress_id, taken_at, taken_by, freeze_at)
                select ?1, ?2, ?3, ?4, (select freeze_at from registration_settings where congress_id = ?2)""")
                .setParameter(1, id).setParameter(2, congressId)
                .setParameter(3, Instant.now()).setParameter(4, takenBy)
                .executeUpdate();
        em.createNativeQuery("""
                insert into catering_snapshot_holding (snapshot_id, registration_id, session_id, confirmed)
                select ?1, i.registration_id, i.session_id, r.status = 'CONFIRMED' and i.status = 'CONFIRMED'
                from registration_item i join registration r on r.id = i.registration_id
                where r.congress_id = ?2 and r.status <> 'CANCELLED' and i.kind = 'MEAL'""")
                .setParameter(1, id).setParameter(2, congressId).executeUpdate();
        em.createNativeQuery("""
                insert into catering_snapshot_meal (snapshot_id, session_id, title, start_at, confirmed, waitlisted,
                                                    special_diets)
                select ?1, p.id, p.title, p.start_at,
                       count(h.registration_id) filter (where h.confirmed),
                       count(h.registration_id) filter (where not h.confirmed),
                       count(h.registration_id) filter (where h.confirmed and coalesce(trim(r.dietary_needs), '') <> '')
                from programme_session p
                left join catering_snapshot_holding h on h.snapshot_id = ?1 and h.session_id = p.id
                left join registration r on r.id = h.registration_id
                where p.congress_id = ?2 and p.kind = 'MEAL' and p.status = 'SCHEDULED'
                group by p.id, p.title, p.start_at""")
                .setParameter(1, id).setParameter(2, congressId).executeUpdate();
        return id;
    }

    /** Congresses whose freeze date has come and that have no snapshot taken since. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> due() {
        return em.createNativeQuery("""
                select s.congress_id from registration_settings s
                where s.freeze_at <= now() and exists (
                    select 1 from programme_session p
                    where p.congress_id = s.congress_id and p.kind = 'MEAL' and p.status = 'SCHEDULED')
                and not exists (
                    select 1 from catering_snapshot c where c.congress_id = s.congress_id and c.taken_at >= s.freeze_at)
                """).getResultList();
    }

    @Transactional
    public CateringView view(UUID congressId) {
        congresses.require(congressId);
        Object freeze = em.createNativeQuery("select freeze_at from registration_settings where congress_id = ?1")
                .setParameter(1, congressId).getResultStream().findFirst().orElse(null);
        Object[] snapshot = (Object[]) em.createNativeQuery("""
                select id, taken_at, taken_by from catering_snapshot where congress_id = ?1
                order by seq desc limit 1""")
                .setParameter(1, congressId).getResultStream().findFirst().orElse(null);
        Map<UUID, long[]> current = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select i.session_id, count(*) from registration_item i join registration r on r.id = i.registration_id
                where r.congress_id = ?1 and r.status = 'CONFIRMED' and i.status = 'CONFIRMED' and i.kind = 'MEAL'
                group by i.session_id""").setParameter(1, congressId).getResultList()) {
            Object[] c = (Object[]) row;
            current.put((UUID) c[0], new long[] {((Number) c[1]).longValue(), 0, 0});
        }
        Map<UUID, Object[]> frozen = new HashMap<>();
        List<CateringView.LateChange> changes = new ArrayList<>();
        CateringView.Snapshot snap = null;
        if (snapshot != null) {
            UUID snapshotId = (UUID) snapshot[0];
            snap = new CateringView.Snapshot(snapshotId, paris(snapshot[1]), (String) snapshot[2]);
            for (Object row : em.createNativeQuery("""
                    select session_id, title, start_at, confirmed, waitlisted, special_diets
                    from catering_snapshot_meal where snapshot_id = ?1""").setParameter(1, snapshotId)
                    .getResultList()) {
                Object[] m = (Object[]) row;
                frozen.put((UUID) m[0], m);
            }
            changes = lateChanges(congressId, snapshotId, instant(snapshot[1]));
            for (CateringView.LateChange c : changes) {
                long[] counts = current.computeIfAbsent(c.sessionId(), k -> new long[3]);
                counts[c.delta() > 0 ? 1 : 2]++;
            }
        }
        List<CateringView.Meal> meals = new ArrayList<>();
        List<UUID> listed = new ArrayList<>();
        for (ProgrammeSession meal : meals(congressId)) {
            listed.add(meal.id);
            meals.add(meal(meal.id, meal.title, meal.startAt, frozen.get(meal.id), current.get(meal.id)));
        }
        // a meal frozen then withdrawn from the programme stays listed: the caterer was told about it
        frozen.forEach((id, m) -> {
            if (!listed.contains(id)) {
                meals.add(meal(id, (String) m[1], instant(m[2]), m, current.get(id)));
            }
        });
        return new CateringView(congressId, freeze == null ? null : paris(freeze), snap, meals, changes);
    }

    private List<ProgrammeSession> meals(UUID congressId) {
        return sessions.ofKind(congressId, ProgrammeSession.MEAL).stream().filter(ProgrammeSession::scheduled)
                .toList();
    }

    private static CateringView.Meal meal(UUID id, String title, Instant start, Object[] frozen, long[] current) {
        long[] c = current == null ? new long[3] : current;
        return new CateringView.Meal(id, title, start == null ? null : RegistrationViews.paris(start),
                frozen == null ? null : ((Number) frozen[3]).intValue(),
                frozen == null ? null : ((Number) frozen[4]).intValue(),
                frozen == null ? null : ((Number) frozen[5]).intValue(), c[0], c[1], c[2]);
    }

    @SuppressWarnings("unchecked")
    private List<CateringView.LateChange> lateChanges(UUID congressId, UUID snapshotId, Instant takenAt) {
        List<Object[]> rows = em.createNativeQuery("""
                with cur as (
                    select i.registration_id, i.session_id
                    from registration_item i join registration r on r.id = i.registration_id
                    where r.congress_id = ?1 and r.status = 'CONFIRMED' and i.status = 'CONFIRMED' and i.kind = 'MEAL'),
                snap as (
                    select registration_id, session_id, confirmed from catering_snapshot_holding
                    where snapshot_id = ?2),
                ch as (
                    select c.registration_id, c.session_id, 1 as delta, s.registration_id is not null as was_waiting
                    from cur c left join snap s on s.registration_id = c.registration_id and s.session_id = c.session_id
                    where s.confirmed is distinct from true
                    union all
                    select s.registration_id, s.session_id, -1, false
                    from snap s left join cur c on c.registration_id = s.registration_id and c.session_id = s.session_id
                    where s.confirmed and c.registration_id is null)
                select ch.registration_id, ch.session_id, ch.delta, ch.was_waiting, r.status, r.created_at,
                       r.updated_at, r.first_name, r.last_name, r.anonymised_at, r.category, r.dietary_needs,
                       p.title, p.start_at, p.status
                from ch join registration r on r.id = ch.registration_id
                left join programme_session p on p.id = ch.session_id
                order by r.updated_at, p.start_at, ch.registration_id""")
                .setParameter(1, congressId).setParameter(2, snapshotId).getResultList();
        List<CateringView.LateChange> changes = new ArrayList<>();
        for (Object[] row : rows) {
            int delta = ((Number) row[2]).intValue();
            String reason;
            if (delta < 0) {
                reason = "CANCELLED".equals(row[4]) ? "CANCELLED"
                        : !"SCHEDULED".equals(row[14]) ? "MEAL_CANCELLED" : "MEAL_REMOVED";
            } else {
                reason = Boolean.TRUE.equals(row[3]) ? "PROMOTED"
                        : instant(row[5]).isAfter(takenAt) ? "NEW_REGISTRATION" : "MEAL_ADDED";
            }
            String name = row[9] != null ? "Anonyme"
                    : ((row[7] == null ? "" : row[7]) + " " + (row[8] == null ? "" : row[8])).trim();
            changes.add(new CateringView.LateChange((UUID) row[0], name, (String) row[10], (UUID) row[1],
                    (String) row[12], row[13] == null ? null : paris(row[13]), delta, reason, REASONS.get(reason),
                    row[9] != null ? null : (String) row[11], paris(row[6])));
        }
        return changes;
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }

    static OffsetDateTime paris(Object value) {
        return RegistrationViews.paris(instant(value).truncatedTo(ChronoUnit.SECONDS));
    }
}
