package fr.assises.gateway.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import fr.assises.gateway.clients.Dto;

/** Reads the published programme, whatever its envelope, and lays it out by half-day. */
public final class Programmes {

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private Programmes() {
    }

    /** A bare list, {@code {"sessions": [...]}} or {@code {"halfDays": [{"sessions": [...]}]}}. */
    public static List<Dto.Session> sessions(JsonNode programme) {
        List<Dto.Session> sessions = new ArrayList<>();
        if (programme == null) {
            return sessions;
        }
        if (programme.isArray()) {
            programme.forEach(node -> sessions.add(MAPPER.convertValue(node, Dto.Session.class)));
        } else if (programme.has("sessions")) {
            programme.get("sessions").forEach(node -> sessions.add(MAPPER.convertValue(node, Dto.Session.class)));
        } else if (programme.has("halfDays")) {
            for (JsonNode halfDay : programme.get("halfDays")) {
                String code = halfDay.path("code").asText(null);
                for (JsonNode node : halfDay.path("sessions")) {
                    Dto.Session session = MAPPER.convertValue(node, Dto.Session.class);
                    if (session.halfDayCode() == null && code != null) {
                        session = new Dto.Session(session.sessionId(), session.kind(), session.title(),
                                session.description(), code, session.start(), session.end(), session.roomId(),
                                session.roomName(), session.capacity(), session.seriesId(), session.themes(),
                                session.status(), session.speakers());
                    }
                    sessions.add(session);
                }
            }
        }
        sessions.sort(Comparator.comparing(Dto.Session::start, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Dto.Session::roomName, Comparator.nullsLast(Comparator.naturalOrder())));
        return sessions;
    }

    public static List<Dto.Conflict> conflicts(JsonNode node) {
        List<Dto.Conflict> conflicts = new ArrayList<>();
        JsonNode list = node != null && node.has("conflicts") ? node.get("conflicts") : node;
        if (list != null && list.isArray()) {
            list.forEach(c -> conflicts.add(MAPPER.convertValue(c, Dto.Conflict.class)));
        }
        return conflicts;
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
    public record Filters(List<String> themes, List<Dto.Room> rooms, List<String> kinds) {
    }

    public static Filters filters(List<Dto.Session> sessions) {
        TreeSet<String> themes = new TreeSet<>();
        Map<String, Dto.Room> rooms = new LinkedHashMap<>();
        TreeSet<String> kinds = new TreeSet<>();
        for (Dto.Session s : sessions) {
            themes.addAll(s.themesOrEmpty());
            if (s.roomId() != null) {
                rooms.putIfAbsent(s.roomId(), new Dto.Room(s.roomId(), s.roomName(), s.capacity()));
            }
            if (s.kind() != null) {
                kinds.add(s.kind());
            }
        }
        List<Dto.Room> roomList = new ArrayList<>(rooms.values());
        roomList.sort(Comparator.comparing(Dto.Room::name, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Filters(new ArrayList<>(themes), roomList, new ArrayList<>(kinds));
    }
}
