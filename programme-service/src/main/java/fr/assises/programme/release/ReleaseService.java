package fr.assises.programme.release;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.programme.Changed;
import fr.assises.programme.conflicts.Conflict;
import fr.assises.programme.conflicts.ConflictDetector;
import fr.assises.programme.congress.Congress;
import fr.assises.programme.congress.CongressRepository;
import fr.assises.programme.events.ProgrammeEvents;
import fr.assises.programme.events.ReleasedData;
import fr.assises.programme.events.SessionChangedData;
import fr.assises.programme.room.Room;
import fr.assises.programme.room.RoomRepository;
import fr.assises.programme.session.Session;
import fr.assises.programme.session.SessionRepository;
import fr.assises.programme.theme.Theme;
import fr.assises.programme.theme.ThemeRepository;

/** Publishes the draft as a numbered release; only released states ever leave the service. */
@ApplicationScoped
public class ReleaseService {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM HH:mm", Locale.FRENCH);
    private static final DateTimeFormatter HOUR = DateTimeFormatter.ofPattern("HH:mm");

    @Inject
    CongressRepository congresses;

    @Inject
    ReleaseRepository releases;

    @Inject
    ReleasedSessionRepository releasedSessions;

    @Inject
    SessionRepository sessions;

    @Inject
    RoomRepository rooms;

    @Inject
    ThemeRepository themes;

    @Inject
    ConflictDetector detector;

    @Inject
    ProgrammeEvents events;

    @Inject
    ObjectMapper json;

    /** The release that publishing now would make; {@code since} is null before the first one. */
    public record Preview(UUID congressId, Integer since, int number, int sessionCount, Changelog changelog,
            List<Conflict> blocking) {
    }

    public record ReleaseView(UUID congressId, int number, OffsetDateTime publishedAt, int sessionCount,
            Changelog changelog) {
    }

    /** A release with its sessions' snapshots and versions. */
    public record Published(ProgrammeRelease release, Map<UUID, ReleasedState> sessions) {
    }

    public record ReleasedState(SessionSnapshot snapshot, long version) {
    }

    @Transactional
    public Changed<ReleaseView> publish(UUID congressId) {
        Congress congress = congresses.lock(congressId);
        List<Conflict> conflicts = detector.detect(congressId);
        List<Conflict> blocking = conflicts.stream().filter(Conflict::hard).toList();
        if (!blocking.isEmpty()) {
            throw new BlockingConflictsException(blocking);
        }
        Optional<Published> previous = latest(congressId);
        ZoneId zone = congress.zone();
        Diff diff = diff(congressId, zone, previous);
        Changelog changelog = diff.changelog();
        Map<UUID, ReleasedState> after = diff.after();

        ProgrammeRelease release = new ProgrammeRelease();
        release.id = UUID.randomUUID();
        release.congressId = congressId;
        release.number = previous.map(p -> p.release().number + 1).orElse(1);
        release.publishedAt = Instant.now();
        release.changelog = write(changelog);
        releases.persist(release);
        after.forEach((sessionId, state) -> {
            ReleasedSession row = new ReleasedSession();
            row.key = new ReleasedSession.Key(release.id, sessionId);
            row.version = state.version();
            row.snapshot = write(state.snapshot());
            releasedSessions.persist(row);
        });
        diff.events().forEach(events::sessionChanged);
        events.released(new ReleasedData(congressId, release.number, release.publishedAt.atZone(zone).toOffsetDateTime(),
                after.keySet().stream().sorted().toList(), release.number));
        return new Changed<>(new ReleaseView(congressId, release.number, release.publishedAt.atZone(zone).toOffsetDateTime(),
                after.size(), changelog),
                conflicts);
    }

    /**
     * What publishing now would change since the latest release (nothing is written): its changelog, the number it
     * would get and the HARD conflicts that would refuse it.
     */
    @Transactional
    public Preview preview(UUID congressId) {
        Congress congress = congresses.require(congressId);
        Optional<Published> previous = latest(congressId);
        Diff diff = diff(congressId, congress.zone(), previous);
        Integer since = previous.map(p -> p.release().number).orElse(null);
        return new Preview(congressId, since, since == null ? 1 : since + 1, diff.after().size(), diff.changelog(),
                detector.hard(congressId));
    }

    private record Diff(Changelog changelog, Map<UUID, ReleasedState> after, List<SessionChangedData> events) {
    }

    private Diff diff(UUID congressId, ZoneId zone, Optional<Published> previous) {
        Map<UUID, ReleasedState> before = previous.map(Published::sessions).orElse(Map.of());
        Map<UUID, Room> roomsById = rooms.byId(congressId);
        Map<UUID, Theme> themesById = themes.byId(congressId);
        Changelog changelog = Changelog.empty();
        Map<UUID, ReleasedState> after = new HashMap<>(before);
        List<SessionChangedData> changedEvents = new ArrayList<>();
        for (Session session : sessions.ofCongress(congressId)) {
            SessionSnapshot now = SessionSnapshot.of(session, roomsById, themesById);
            ReleasedState old = before.get(session.id);
            long version;
            if (old == null) {
                if (now.cancelled()) {
                    continue;
                }
                version = 1;
                changelog.added().add(entry(now, "Ajoutée : " + slot(now, zone)));
            } else if (old.snapshot().equals(now)) {
                continue;
            } else {
                version = old.version() + 1;
                classify(changelog, old.snapshot(), now, zone);
            }
            after.put(session.id, new ReleasedState(now, version));
            changedEvents.add(event(congressId, now, version, zone));
        }
        return new Diff(changelog, after, changedEvents);
    }

    @Transactional
    public List<ReleaseView> list(UUID congressId) {
        ZoneId zone = congresses.require(congressId).zone();
        return releases.ofCongress(congressId).stream().map(r -> view(r, zone)).toList();
    }

    /** The latest release of a congress with its sessions, if any was published. */
    @Transactional
    public Optional<Published> latest(UUID congressId) {
        return releases.latest(congressId).map(release -> {
            Map<UUID, ReleasedState> states = new HashMap<>();
            for (ReleasedSession row : releasedSessions.ofRelease(release.id)) {
                states.put(row.key.sessionId, new ReleasedState(read(row.snapshot, SessionSnapshot.class), row.version));
            }
            return new Published(release, states);
        });
    }

    public ReleaseView view(ProgrammeRelease release, ZoneId zone) {
        return new ReleaseView(release.congressId, release.number, release.publishedAt.atZone(zone).toOffsetDateTime(),
                (int) releasedSessions.count("key.releaseId", release.id), read(release.changelog, Changelog.class));
    }

    private static void classify(Changelog changelog, SessionSnapshot old, SessionSnapshot now, ZoneId zone) {
        if (now.cancelled() && !old.cancelled()) {
            changelog.cancelled().add(entry(now, "Annulée (prévue " + slot(old, zone) + ")."));
        } else if (now.movedFrom(old)) {
            changelog.moved().add(entry(now, "Déplacée : " + slot(old, zone) + " → " + slot(now, zone) + "."));
        } else {
            changelog.changed().add(entry(now, "Modifiée : " + String.join(", ", changedFields(old, now)) + "."));
        }
    }

    private static List<String> changedFields(SessionSnapshot old, SessionSnapshot now) {
        List<String> fields = new ArrayList<>();
        if (!Objects.equals(old.title(), now.title())) {
            fields.add("titre");
        }
        if (!Objects.equals(old.description(), now.description())) {
            fields.add("description");
        }
        if (!Objects.equals(old.kind(), now.kind())) {
            fields.add("type de séance");
        }
        if (!Objects.equals(old.capacity(), now.capacity())) {
            fields.add("capacité (" + old.capacity() + " → " + now.capacity() + ")");
        }
        if (!Objects.equals(old.themes(), now.themes())) {
            fields.add("thématiques");
        }
        if (!Objects.equals(old.speakerIds(), now.speakerIds()) || !Objects.equals(old.moderatorId(), now.moderatorId())) {
            fields.add("intervenants");
        }
        if (!Objects.equals(old.roomName(), now.roomName()) || !Objects.equals(old.roomAccessible(), now.roomAccessible())) {
            fields.add("salle");
        }
        if (!Objects.equals(old.seriesId(), now.seriesId()) || !Objects.equals(old.halfDayCode(), now.halfDayCode())) {
            fields.add("organisation de la demi-journée");
        }
        if (!Objects.equals(old.status(), now.status())) {
            fields.add("statut");
        }
        return fields.isEmpty() ? List.of("détails") : fields;
    }

    private static Changelog.Entry entry(SessionSnapshot s, String detail) {
        return new Changelog.Entry(s.sessionId(), s.kind(), s.title(), detail);
    }

    private static String slot(SessionSnapshot s, ZoneId zone) {
        ZonedDateTime start = s.start().atZone(zone);
        return WHEN.format(start) + "–" + HOUR.format(s.end().atZone(zone))
                + (s.roomName() == null ? "" : ", " + s.roomName());
    }

    static SessionChangedData event(UUID congressId, SessionSnapshot s, long version, ZoneId zone) {
        return new SessionChangedData(s.sessionId(), congressId, s.kind().name(), s.title(), s.halfDayCode(),
                s.start().atZone(zone).toOffsetDateTime(), s.end().atZone(zone).toOffsetDateTime(), s.roomId(),
                s.roomName(), s.capacity(), s.seriesId(), s.themes().stream().map(SessionSnapshot.ThemeRef::name).toList(),
                s.status().name(), version);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("release data cannot be serialised", e);
        }
    }

    private <T> T read(String value, Class<T> type) {
        try {
            return json.readValue(value, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored release data unreadable", e);
        }
    }
}
