package fr.assises.gateway.web.organiser.programme;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Formats;

/** The programme planner: half-days (rows) × rooms (columns), each cell with its sessions and their conflicts. */
public final class Planner {

    private Planner() {
    }

    public record Grid(List<Dto.HalfDay> halfDays, List<Dto.Room> rooms, List<Row> rows, List<Placed> roomless) {
    }

    public record Row(Dto.HalfDay halfDay, List<Cell> cells) {
    }

    public record Cell(Dto.Room room, List<Placed> sessions) {
    }

    public record Placed(Dto.PlannedSession session, List<Dto.Conflict> conflicts) {

        public boolean conflicting() {
            return !conflicts.isEmpty();
        }
    }

    public static Grid grid(Dto.Congress congress, List<Dto.Room> rooms, List<Dto.PlannedSession> sessions,
            List<Dto.Conflict> conflicts) {
        List<Row> rows = new ArrayList<>();
        for (Dto.HalfDay halfDay : congress.halfDaysOrEmpty()) {
            List<Cell> cells = new ArrayList<>();
            for (Dto.Room room : rooms) {
                List<Placed> inCell = new ArrayList<>();
                for (Dto.PlannedSession s : sessions) {
                    if (halfDay.code().equals(s.halfDayCode()) && room.roomId().equals(s.roomId())) {
                        inCell.add(placed(s, conflicts));
                    }
                }
                inCell.sort((a, b) -> a.session().start().compareTo(b.session().start()));
                cells.add(new Cell(room, inCell));
            }
            rows.add(new Row(halfDay, cells));
        }
        List<Placed> roomless = sessions.stream().filter(s -> s.roomId() == null).map(s -> placed(s, conflicts))
                .toList();
        return new Grid(congress.halfDaysOrEmpty(), rooms, rows, roomless);
    }

    private static Placed placed(Dto.PlannedSession s, List<Dto.Conflict> conflicts) {
        return new Placed(s, conflicts.stream()
                .filter(c -> c.sessionIds() != null && c.sessionIds().contains(s.id())).toList());
    }

    /**
     * The session moved to another half-day and room, everything else unchanged. It keeps its time of day when
     * that falls inside the target half-day, else it starts when the half-day starts; its duration is kept.
     */
    public static Dto.SessionRequest moved(Dto.PlannedSession s, Dto.HalfDay target, String roomId) {
        Duration length = Duration.between(s.start(), s.end());
        ZonedDateTime local = s.start().atZoneSameInstant(Formats.PARIS);
        OffsetDateTime sameTime = target.date().atTime(local.toLocalTime()).atZone(Formats.PARIS).toOffsetDateTime();
        OffsetDateTime start = !sameTime.isBefore(target.start()) && sameTime.isBefore(target.end()) ? sameTime
                : target.start();
        return new Dto.SessionRequest(s.kind(), s.title(), s.description(), target.code(), start, start.plus(length),
                roomId, s.capacityFromRoom() ? null : s.capacity(), s.themeIds(), s.speakerIds(), s.moderatorId(),
                s.seriesId(), s.version());
    }
}
