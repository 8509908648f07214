package fr.assises.programme.session;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import fr.assises.programme.room.Room;

public final class SessionDtos {

    private SessionDtos() {
    }

    public record SessionRequest(
            @NotNull SessionKind kind,
            @NotBlank @Size(max = 200) String title,
            @Size(max = 4000) String description,
            @Pattern(regexp = "J[0-9]{1,2}-(AM|PM)", message = "code de demi-journée attendu, par exemple J1-AM") String halfDayCode,
            @NotNull OffsetDateTime start,
            @NotNull OffsetDateTime end,
            UUID roomId,
            @Positive @Max(100_000) Integer capacity,
            @Size(max = 20) List<@NotNull UUID> themeIds,
            @Size(max = 30) List<@NotNull UUID> speakerIds,
            UUID moderatorId,
            UUID seriesId,
            Long version) {
    }

    public record SessionView(UUID id, UUID congressId, SessionKind kind, String title, String description,
            String halfDayCode, OffsetDateTime start, OffsetDateTime end, UUID roomId, String roomName,
            Integer capacity, boolean capacityFromRoom, UUID seriesId, List<UUID> themeIds, List<UUID> speakerIds,
            UUID moderatorId, SessionStatus status, long version) {

        public static SessionView of(Session s, Map<UUID, Room> rooms, ZoneId zone) {
            Room room = s.roomId == null ? null : rooms.get(s.roomId);
            return new SessionView(s.id, s.congressId, s.kind, s.title, s.description, s.halfDayCode,
                    s.startAt.atZone(zone).toOffsetDateTime(), s.endAt.atZone(zone).toOffsetDateTime(), s.roomId,
                    room == null ? null : room.name, effectiveCapacity(s, room), s.capacity == null && room != null,
                    s.seriesId, s.themeIds.stream().sorted().toList(), s.speakerIds.stream().sorted().toList(),
                    s.moderatorId, s.status, s.version);
        }
    }

    /** The capacity the session offers: its own, else its room's, else none (unbounded). */
    public static Integer effectiveCapacity(Session s, Room room) {
        if (s.capacity != null) {
            return s.capacity;
        }
        return room == null ? null : room.capacity;
    }
}
