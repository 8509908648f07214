package fr.assises.gateway.web.shared;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.assises.gateway.clients.Dto;

/** Lays the released programme out by half-day and lists the values its filters offer. */
public final class Programmes {

    private Programmes() {
    }

    /** Every session of the programme, in time then room order. */
    public static List<Dto.Session> sessions(Dto.PublicProgramme programme) {
        List<Dto.Session> sessions = new ArrayList<>();
        if (programme != null) {
            programme.halfDaysOrEmpty().forEach(h -> sessions.addAll(h.sessionsOrEmpty()));
        }
        sessions.sort(Comparator.comparing(Dto.Session::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Dto.Session::roomName, Comparator.nullsLast(Comparator.naturalOrder())));
        return sessions;
    }

    /** One half-day of the programme and its sessions, in the congress's order. */
    public record Block(Dto.HalfDay halfDay, String code, List<Dto.Session> sessions) {
    }

    public static List<Block> byHalfDay(Dto.Congress congress, List<Dto.Session> sessions) {
        Map<String, Block> blocks = new LinkedHashMap<>();
        for (Dto.HalfDay halfDay : congress.halfDaysOrEmpty()) {
            blocks.put(halfDay.code(), new Block(halfDay, halfDay.code(), new ArrayList<>()));
        }
        for (Dto.Session session : sessions) {
            String code = session.halfDayCode() == null ? "?" : session.halfDayCode();
            blocks.computeIfAbsent(code, c -> new Block(null, c, new ArrayList<>())).sessions().add(session);
        }
        blocks.values().removeIf(b -> b.sessions().isEmpty());
        return new ArrayList<>(blocks.values());
    }

    /** The values offered by the filters, taken from the whole programme. */
    public record Filters(List<Dto.Theme> themes, List<Dto.Room> rooms, List<String> kinds) {
    }

    public static Filters filters(List<Dto.Session> sessions) {
        Map<String, Dto.Theme> themes = new LinkedHashMap<>();
        Map<String, Dto.Room> rooms = new LinkedHashMap<>();
        List<String> kinds = new ArrayList<>();
        for (Dto.Session s : sessions) {
            s.themesOrEmpty().forEach(t -> themes.putIfAbsent(t.code(), t));
            if (s.roomId() != null) {
                rooms.putIfAbsent(s.roomId(), new Dto.Room(s.roomId(), s.roomName(), s.capacity()));
            }
            if (s.kind() != null && !kinds.contains(s.kind())) {
                kinds.add(s.kind());
            }
        }
        List<Dto.Theme> themeList = new ArrayList<>(themes.values());
        themeList.sort(Comparator.comparing(Dto.Theme::name, Comparator.nullsLast(Comparator.naturalOrder())));
        List<Dto.Room> roomList = new ArrayList<>(rooms.values());
        roomList.sort(Comparator.comparing(Dto.Room::name, Comparator.nullsLast(Comparator.naturalOrder())));
        kinds.sort(Comparator.naturalOrder());
        return new Filters(themeList, roomList, kinds);
    }
}
