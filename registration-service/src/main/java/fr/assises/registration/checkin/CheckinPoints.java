package fr.assises.registration.checkin;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.programme.ProgrammeSession;
import fr.assises.registration.programme.SessionRepository;
import fr.assises.registration.registering.RegistrationViews;

/**
 * The points a desk can check people in at: the entrance, and each scheduled workshop and meal of the
 * published programme; with their counts, each from one aggregate query whatever the number of people.
 */
@ApplicationScoped
public class CheckinPoints {

    /** Seats held by confirmed registrations, per session: a workshop item holds its assigned choice. */
    static final String HELD = """
            select i.registration_id, case when i.assigned_rank = 2 and i.second_choice_id is not null
                   then i.second_choice_id else i.session_id end as session_id
            from registration_item i join registration r on r.id = i.registration_id
            where r.congress_id = ?1 and r.status = 'CONFIRMED' and i.status = 'CONFIRMED'""";

    @Inject
    CongressRepository congresses;

    @Inject
    SessionRepository sessions;

    @Inject
    EntityManager em;

    /** The workshop or meal a checkpoint names, or null for the entrance; anything else is refused (422). */
    public ProgrammeSession resolve(UUID congressId, String checkpoint) {
        if (checkpoint == null || PointCounts.ENTRANCE.equals(checkpoint)) {
            return null;
        }
        ProgrammeSession session = null;
        try {
            session = sessions.findById(UUID.fromString(checkpoint));
        } catch (IllegalArgumentException e) {
            // not an id: unknown point, refused below
        }
        if (session == null || !session.congressId.equals(congressId) || !session.scheduled()
                || !(ProgrammeSession.WORKSHOP.equals(session.kind) || ProgrammeSession.MEAL.equals(session.kind))) {
            String message = "Point d'accueil inconnu : choisissez l'entrée, un atelier ou un repas du programme.";
            throw new ProblemException(ProblemType.BUSINESS_RULE, message,
                    List.of(new Problem.FieldError("checkpoint", message)));
        }
        return session;
    }

    /** Whether this registration holds a confirmed seat of that session. */
    public boolean holds(UUID registrationId, UUID sessionId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from registration_item
                where registration_id = ?1 and status = 'CONFIRMED'
                  and (case when assigned_rank = 2 and second_choice_id is not null
                       then second_choice_id else session_id end) = ?2""")
                .setParameter(1, registrationId)
                .setParameter(2, sessionId)
                .getSingleResult()).longValue() > 0;
    }

    /** Counts of one workshop or meal point, as published after a scan there. */
    public PointCounts count(UUID congressId, ProgrammeSession session) {
        return counts(congressId, List.of(session)).get(1);
    }

    @Transactional
    public List<PointCounts> points(UUID congressId) {
        congresses.require(congressId);
        List<ProgrammeSession> list = new ArrayList<>();
        for (String kind : List.of(ProgrammeSession.WORKSHOP, ProgrammeSession.MEAL)) {
            sessions.ofKind(congressId, kind).stream().filter(ProgrammeSession::scheduled).forEach(list::add);
        }
        list.sort((a, b) -> a.startAt == null || b.startAt == null ? a.title.compareTo(b.title)
                : a.startAt.equals(b.startAt) ? a.title.compareTo(b.title) : a.startAt.compareTo(b.startAt));
        return counts(congressId, list);
    }

    private List<PointCounts> counts(UUID congressId, List<ProgrammeSession> points) {
        long confirmed = ((Number) em.createNativeQuery(
                "select count(*) from registration where congress_id = ?1 and status = 'CONFIRMED'")
                .setParameter(1, congressId).getSingleResult()).longValue();
        Map<String, Long> expected = new HashMap<>();
        for (Object row : em.createNativeQuery("select cast(h.session_id as varchar), count(*) from (" + HELD
                + ") h group by h.session_id").setParameter(1, congressId).getResultList()) {
            Object[] cells = (Object[]) row;
            expected.put((String) cells[0], ((Number) cells[1]).longValue());
        }
        Map<String, long[]> arrivals = new HashMap<>();
        for (Object row : em.createNativeQuery("""
                select c.checkpoint, count(*), count(h.registration_id)
                from checkin c join registration r on r.id = c.registration_id
                left join (""" + HELD + """
                ) h on h.registration_id = c.registration_id and cast(h.session_id as varchar) = c.checkpoint
                where r.congress_id = ?1 group by c.checkpoint""").setParameter(1, congressId).getResultList()) {
            Object[] cells = (Object[]) row;
            arrivals.put((String) cells[0], new long[] {((Number) cells[1]).longValue(),
                    ((Number) cells[2]).longValue()});
        }
        List<PointCounts> result = new ArrayList<>();
        long[] entrance = arrivals.getOrDefault(PointCounts.ENTRANCE, new long[2]);
        result.add(new PointCounts(PointCounts.ENTRANCE, PointCounts.ENTRANCE, null, null, null, null, confirmed,
                entrance[0], 0, Math.max(0, confirmed - entrance[0])));
        for (ProgrammeSession s : points) {
            String key = s.id.toString();
            long exp = expected.getOrDefault(key, 0L);
            long[] a = arrivals.getOrDefault(key, new long[2]);
            result.add(new PointCounts(key, s.kind, s.id, s.title,
                    s.startAt == null ? null : RegistrationViews.paris(s.startAt), s.roomName, exp, a[0],
                    a[0] - a[1], Math.max(0, exp - a[1])));
        }
        return result;
    }
}
