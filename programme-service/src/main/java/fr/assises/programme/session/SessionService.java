package fr.assises.programme.session;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.programme.Changed;
import fr.assises.programme.Versions;
import fr.assises.programme.conflicts.Conflict;
import fr.assises.programme.conflicts.ConflictDetector;
import fr.assises.programme.congress.Congress;
import fr.assises.programme.congress.CongressRepository;
import fr.assises.programme.congress.HalfDay;
import fr.assises.programme.room.Room;
import fr.assises.programme.room.RoomRepository;
import fr.assises.programme.session.SessionDtos.SessionRequest;
import fr.assises.programme.session.SessionDtos.SessionView;
import fr.assises.programme.speaker.SpeakerRepository;
import fr.assises.programme.theme.ThemeRepository;

@ApplicationScoped
public class SessionService {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    SessionRepository sessions;

    @Inject
    CongressRepository congresses;

    @Inject
    RoomRepository rooms;

    @Inject
    ThemeRepository themes;

    @Inject
    SpeakerRepository speakers;

    @Inject
    ConflictDetector conflicts;

    @Transactional
    public List<SessionView> list(UUID congressId) {
        Congress congress = congresses.require(congressId);
        Map<UUID, Room> roomsById = rooms.byId(congressId);
        return sessions.ofCongress(congressId).stream()
                .map(s -> SessionView.of(s, roomsById, congress.zone())).toList();
    }

    @Transactional
    public SessionView get(UUID congressId, UUID id) {
        Congress congress = congresses.require(congressId);
        return SessionView.of(sessions.require(congressId, id), rooms.byId(congressId), congress.zone());
    }

    @Transactional
    public Changed<SessionView> create(UUID congressId, SessionRequest request) {
        Congress congress = congresses.require(congressId);
        Session session = new Session();
        session.id = UUID.randomUUID();
        session.congressId = congressId;
        session.status = SessionStatus.SCHEDULED;
        session.createdAt = Instant.now();
        apply(congress, session, request);
        sessions.persist(session);
        return answer(congress, session);
    }

    @Transactional
    public Changed<SessionView> update(UUID congressId, UUID id, SessionRequest request) {
        Congress congress = congresses.require(congressId);
        Session session = sessions.require(congressId, id);
        requireScheduled(session);
        Versions.check(request.version(), session.version);
        apply(congress, session, request);
        return answer(congress, session);
    }

    /**
     * Moves a draft session (the planner's drag and drop): only its start, end and room change, every other
     * field is kept, and the result is checked exactly like a PUT of the whole session.
     */
    @Transactional
    public Changed<SessionView> move(UUID congressId, UUID id, SessionMove move) {
        Congress congress = congresses.require(congressId);
        Session session = sessions.require(congressId, id);
        requireScheduled(session);
        Versions.check(move.version(), session.version);
        if (move.start() == null && move.end() == null && !move.roomGiven()) {
            return answer(congress, session);
        }
        ZoneId zone = congress.zone();
        boolean timesChange = move.start() != null || move.end() != null;
        SessionRequest request = new SessionRequest(session.kind, session.title, session.description,
                timesChange ? null : session.halfDayCode,
                move.start() != null ? move.start() : session.startAt.atZone(zone).toOffsetDateTime(),
                move.end() != null ? move.end() : session.endAt.atZone(zone).toOffsetDateTime(),
                move.roomGiven() ? move.roomId() : session.roomId, session.capacity,
                List.copyOf(session.themeIds), List.copyOf(session.speakerIds), session.moderatorId,
                session.seriesId, move.version());
        apply(congress, session, request);
        return answer(congress, session);
    }

    @Transactional
    public Changed<SessionView> cancel(UUID congressId, UUID id) {
        Congress congress = congresses.require(congressId);
        Session session = sessions.require(congressId, id);
        requireScheduled(session);
        session.status = SessionStatus.CANCELLED;
        session.updatedAt = Instant.now();
        return answer(congress, session);
    }

    @Transactional
    public List<Conflict> delete(UUID congressId, UUID id) {
        congresses.require(congressId);
        Session session = sessions.require(congressId, id);
        if (sessions.everReleased(id)) {
            throw ProblemException.conflict("Cette séance figure dans un programme publié : annulez-la plutôt que "
                    + "de la supprimer, pour que les participants en soient informés.");
        }
        sessions.delete(session);
        sessions.flush();
        return conflicts.detect(congressId);
    }

    private Changed<SessionView> answer(Congress congress, Session session) {
        sessions.flush();
        return new Changed<>(SessionView.of(session, rooms.byId(congress.id), congress.zone()),
                conflicts.detect(congress.id));
    }

    private static void requireScheduled(Session session) {
        if (session.status == SessionStatus.CANCELLED) {
            throw ProblemException.conflict("Cette séance est annulée : elle ne peut plus être modifiée.");
        }
    }

    /** Checks everything before touching the entity, so a refused request changes nothing. */
    private void apply(Congress congress, Session session, SessionRequest request) {
        Instant start = request.start().toInstant();
        Instant end = request.end().toInstant();
        if (!end.isAfter(start)) {
            throw ProblemException.invalidField("end", "La fin de la séance doit suivre son début.");
        }
        if (Duration.between(start, end).toHours() > 14) {
            throw ProblemException.invalidField("end", "Une séance dure au plus quatorze heures.");
        }
        HalfDay halfDay = halfDay(congress, request.halfDayCode(), start, end);
        if (request.roomId() != null) {
            rooms.findByIdOptional(request.roomId()).filter(r -> r.congressId.equals(congress.id))
                    .orElseThrow(() -> ProblemException.invalidField("roomId", "Salle inconnue pour ce congrès."));
        }
        Set<UUID> themeIds = new HashSet<>(Optional.ofNullable(request.themeIds()).orElse(List.of()));
        Set<UUID> knownThemes = themes.byId(congress.id).keySet();
        for (UUID themeId : themeIds) {
            if (!knownThemes.contains(themeId)) {
                throw ProblemException.invalidField("themeIds", "Thématique inconnue pour ce congrès : " + themeId);
            }
        }
        Set<UUID> speakerIds = new HashSet<>(Optional.ofNullable(request.speakerIds()).orElse(List.of()));
        Set<UUID> knownSpeakers = speakers.byId(congress.id).keySet();
        for (UUID speakerId : speakerIds) {
            if (!knownSpeakers.contains(speakerId)) {
                throw ProblemException.invalidField("speakerIds", "Intervenant·e inconnu·e pour ce congrès : " + speakerId);
            }
        }
        if (request.moderatorId() != null && !knownSpeakers.contains(request.moderatorId())) {
            throw ProblemException.invalidField("moderatorId", "Modérateur·rice inconnu·e pour ce congrès.");
        }
        requireSeriesSlot(congress, session.id, request, halfDay, start, end);
        session.kind = request.kind();
        session.title = request.title().strip();
        session.description = request.description() == null || request.description().isBlank() ? null
                : request.description().strip();
        session.halfDayCode = halfDay.code;
        session.startAt = start;
        session.endAt = end;
        session.roomId = request.roomId();
        session.capacity = request.capacity();
        session.seriesId = request.seriesId();
        session.moderatorId = request.moderatorId();
        session.themeIds.clear();
        session.themeIds.addAll(themeIds);
        session.speakerIds.clear();
        session.speakerIds.addAll(speakerIds);
        session.updatedAt = Instant.now();
    }

    /**
     * The parallel workshops of a series ("premier temps en ateliers") are what participants choose between, so
     * they must be workshops of one same slot: same half-day, same start and same end.
     */
    private void requireSeriesSlot(Congress congress, UUID sessionId, SessionRequest request, HalfDay halfDay,
            Instant start, Instant end) {
        if (request.seriesId() == null) {
            return;
        }
        if (request.kind() != SessionKind.WORKSHOP) {
            throw seriesProblem("kind", "Seuls des ateliers (WORKSHOP) forment une série d'ateliers parallèles.");
        }
        List<Session> others = sessions.otherScheduledInSeries(congress.id, request.seriesId(), sessionId);
        if (others.isEmpty()) {
            return;
        }
        Session reference = others.get(0);
        ZoneId zone = congress.zone();
        if (!halfDay.code.equals(reference.halfDayCode)) {
            throw seriesProblem("halfDayCode", "Les ateliers de cette série ont lieu pendant la demi-journée "
                    + reference.halfDayCode + ".");
        }
        if (!start.equals(reference.startAt)) {
            throw seriesProblem("start", "Les ateliers de cette série commencent à "
                    + TIME.format(reference.startAt.atZone(zone)) + ".");
        }
        if (!end.equals(reference.endAt)) {
            throw seriesProblem("end", "Les ateliers de cette série finissent à "
                    + TIME.format(reference.endAt.atZone(zone)) + ".");
        }
    }

    private static ProblemException seriesProblem(String field, String message) {
        return new ProblemException(ProblemType.BUSINESS_RULE, message, List.of(new Problem.FieldError(field, message)));
    }

    /**
     * The half-day a session belongs to: the one named, else the one it overlaps most. A session that touches
     * no half-day at all is refused; one that overflows its half-day is kept and reported as a conflict.
     */
    static HalfDay halfDay(Congress congress, String code, Instant start, Instant end) {
        if (congress.halfDays.stream().noneMatch(h -> h.intersects(start, end))) {
            throw ProblemException.invalidField("start", "La séance se situe en dehors de toute demi-journée du congrès.");
        }
        if (code != null) {
            return congress.halfDay(code).orElseThrow(() -> ProblemException.invalidField("halfDayCode",
                    "Demi-journée inconnue pour ce congrès : " + code));
        }
        return congress.halfDays.stream()
                .filter(h -> h.intersects(start, end))
                .max(Comparator.comparing(h -> overlap(h, start, end)))
                .orElseThrow();
    }

    private static Duration overlap(HalfDay h, Instant start, Instant end) {
        Instant from = start.isAfter(h.startAt) ? start : h.startAt;
        Instant to = end.isBefore(h.endAt) ? end : h.endAt;
        return Duration.between(from, to);
    }
}
