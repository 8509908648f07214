package fr.assises.programme.congress;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;
import fr.assises.programme.Changed;
import fr.assises.programme.conflicts.ConflictDetector;
import fr.assises.programme.congress.CongressDtos.ClonePart;
import fr.assises.programme.congress.CongressDtos.CloneRequest;
import fr.assises.programme.congress.CongressDtos.CongressView;
import fr.assises.programme.events.CongressClonedData;
import fr.assises.programme.events.ProgrammeEvents;
import fr.assises.programme.room.Room;
import fr.assises.programme.room.RoomRepository;
import fr.assises.programme.session.Session;
import fr.assises.programme.session.SessionRepository;
import fr.assises.programme.session.SessionStatus;
import fr.assises.programme.speaker.Speaker;
import fr.assises.programme.speaker.SpeakerRepository;
import fr.assises.programme.theme.Theme;
import fr.assises.programme.theme.ThemeRepository;

/**
 * Starts a new edition from a previous one: the half-day structure (same local times, shifted to the new dates)
 * always, then the parts the committee chose among rooms, themes, speakers and session skeletons. The other
 * services copy their own parts on the congress.cloned event this publishes.
 */
@ApplicationScoped
public class CloneService {

    @Inject
    CongressRepository congresses;

    @Inject
    CongressService congressService;

    @Inject
    RoomRepository rooms;

    @Inject
    ThemeRepository themes;

    @Inject
    SessionRepository sessions;

    @Inject
    SpeakerRepository speakers;

    @Inject
    ProgrammeEvents events;

    @Inject
    ConflictDetector conflicts;

    @Transactional
    public Changed<CongressView> cloneCongress(UUID sourceId, CloneRequest request) {
        Congress source = congresses.require(sourceId);
        congressService.requireFreeSlug(request.slug(), null);
        long shift = ChronoUnit.DAYS.between(source.startDate, request.startDate());
        ZoneId zone = source.zone();
        Instant now = Instant.now();

        Congress copy = new Congress();
        copy.id = UUID.randomUUID();
        copy.slug = request.slug();
        copy.title = request.title().strip();
        copy.startDate = request.startDate();
        copy.endDate = source.endDate.plusDays(shift);
        copy.venue = request.venue() == null || request.venue().isBlank() ? source.venue : request.venue().strip();
        copy.timeZone = source.timeZone;
        copy.status = CongressStatus.DRAFT;
        copy.revision = 1;
        copy.createdAt = now;
        copy.updatedAt = now;
        for (HalfDay h : source.halfDays) {
            copy.halfDays.add(new HalfDay(h.code, h.day.plusDays(shift), h.period, shift(h.startAt, shift, zone),
                    shift(h.endAt, shift, zone)));
        }
        congresses.persist(copy);
        Set<ClonePart> parts = request.chosenParts();

        Map<UUID, UUID> roomIds = new HashMap<>();
        for (Room r : parts.contains(ClonePart.ROOMS) ? rooms.ofCongress(sourceId) : List.<Room>of()) {
            Room room = new Room();
            room.id = UUID.randomUUID();
            room.congressId = copy.id;
            room.name = r.name;
            room.capacity = r.capacity;
            room.accessible = r.accessible;
            rooms.persist(room);
            roomIds.put(r.id, room.id);
        }
        Map<UUID, UUID> themeIds = new HashMap<>();
        for (Theme t : parts.contains(ClonePart.THEMES) ? themes.ofCongress(sourceId) : List.<Theme>of()) {
            Theme theme = new Theme();
            theme.id = UUID.randomUUID();
            theme.congressId = copy.id;
            theme.code = t.code;
            theme.name = t.name;
            theme.description = t.description;
            themes.persist(theme);
            themeIds.put(t.id, theme.id);
        }
        Map<UUID, UUID> speakerIds = new HashMap<>();
        for (Speaker sp : parts.contains(ClonePart.SPEAKERS) ? speakers.ofCongress(sourceId) : List.<Speaker>of()) {
            speakerIds.put(sp.id, copySpeaker(sp, copy.id));
        }
        Map<UUID, UUID> seriesIds = new HashMap<>();
        List<CongressClonedData.SessionCopy> sessionCopies = new ArrayList<>();
        for (Session s : parts.contains(ClonePart.PROGRAMME) ? sessions.ofCongress(sourceId) : List.<Session>of()) {
            if (s.status != SessionStatus.SCHEDULED) {
                continue;
            }
            Session session = new Session();
            session.id = UUID.randomUUID();
            session.congressId = copy.id;
            session.kind = s.kind;
            session.title = s.title;
            session.description = s.description;
            session.halfDayCode = s.halfDayCode;
            session.startAt = shift(s.startAt, shift, zone);
            session.endAt = shift(s.endAt, shift, zone);
            session.roomId = s.roomId == null ? null : roomIds.get(s.roomId);
            session.capacity = s.capacity;
            session.seriesId = s.seriesId == null ? null : seriesIds.computeIfAbsent(s.seriesId, k -> UUID.randomUUID());
            session.status = SessionStatus.SCHEDULED;
            session.createdAt = now;
            session.updatedAt = now;
            session.moderatorId = s.moderatorId == null ? null : speakerIds.get(s.moderatorId);
            s.themeIds.stream().map(themeIds::get).filter(Objects::nonNull).forEach(session.themeIds::add);
            s.speakerIds.stream().map(speakerIds::get).filter(Objects::nonNull).forEach(session.speakerIds::add);
            sessions.persist(session);
            sessionCopies.add(new CongressClonedData.SessionCopy(s.id, session.id));
        }
        if (copy.halfDays.stream().anyMatch(h -> h.day.isAfter(copy.endDate))) {
            throw ProblemException.businessRule("Le congrès d'origine a des demi-journées hors de ses dates.");
        }
        events.congressChanged(copy);
        events.congressCloned(new CongressClonedData(sourceId, copy.id, shift,
                parts.stream().map(Enum::name).sorted().toList(), sessionCopies, 1));
        congresses.flush();
        return new Changed<>(CongressView.of(copy), conflicts.detect(copy.id));
    }

    /** Consent to publish is asked again for each edition: the copy starts without it. */
    private UUID copySpeaker(Speaker source, UUID congressId) {
        Speaker speaker = new Speaker();
        speaker.id = UUID.randomUUID();
        speaker.congressId = congressId;
        speaker.name = source.name;
        speaker.organisation = source.organisation;
        speaker.role = source.role;
        speaker.bio = source.bio;
        speaker.publicConsent = false;
        speaker.email = source.email;
        speaker.phone = source.phone;
        speakers.persist(speaker);
        return speaker.id;
    }

    /** Same local time of day, {@code days} later: a session at 9:00 stays at 9:00 across a DST change. */
    private static Instant shift(Instant instant, long days, ZoneId zone) {
        return instant.atZone(zone).toLocalDateTime().plusDays(days).atZone(zone).toInstant();
    }
}
