package fr.assises.programme.release;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import fr.assises.programme.room.Room;
import fr.assises.programme.session.Session;
import fr.assises.programme.session.SessionDtos;
import fr.assises.programme.session.SessionKind;
import fr.assises.programme.session.SessionStatus;
import fr.assises.programme.theme.Theme;

/**
 * A session frozen in a release. Speakers are kept by id so that the public programme applies their current
 * consent; room and theme names are frozen with the release.
 */
public record SessionSnapshot(UUID sessionId, SessionKind kind, String title, String description,
        String halfDayCode, Instant start, Instant end, UUID roomId, String roomName, Boolean roomAccessible,
        Integer capacity, UUID seriesId, List<ThemeRef> themes, List<UUID> speakerIds, UUID moderatorId,
        SessionStatus status) {

    public record ThemeRef(UUID id, String code, String name) {
    }

    public static SessionSnapshot of(Session s, Map<UUID, Room> rooms, Map<UUID, Theme> themes) {
        Room room = s.roomId == null ? null : rooms.get(s.roomId);
        List<ThemeRef> themeRefs = s.themeIds.stream().map(themes::get).filter(Objects::nonNull)
                .map(t -> new ThemeRef(t.id, t.code, t.name))
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
        return new SessionSnapshot(s.id, s.kind, s.title, s.description, s.halfDayCode, s.startAt, s.endAt,
                s.roomId, room == null ? null : room.name, room == null ? null : room.accessible,
                SessionDtos.effectiveCapacity(s, room), s.seriesId, themeRefs,
                s.speakerIds.stream().sorted().toList(), s.moderatorId, s.status);
    }

    public boolean cancelled() {
        return status == SessionStatus.CANCELLED;
    }

    boolean movedFrom(SessionSnapshot old) {
        return !start.equals(old.start) || !end.equals(old.end) || !Objects.equals(roomId, old.roomId);
    }
}
