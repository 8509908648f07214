package fr.assises.gateway.web.organiser.programme;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;

/**
 * The session form as typed: read back into programme-service's SessionRequest, or the fields the gateway cannot
 * read (a time that is not one, a capacity that is not a number) with the message to show next to each.
 */
public record SessionForm(String kind, String title, String description, String halfDayCode, String start,
        String end, String roomId, String capacity, String series, List<String> speakerIds, List<String> themeIds,
        String moderatorId, String version) {

    /** The choice of the series list that starts a new series of parallel workshops. */
    public static final String NEW_SERIES = "nouvelle";

    public static final List<String> KINDS = List.of("OPENING", "PLENARY", "WORKSHOP", "ROUND_TABLE", "FORUM", "MEAL",
            "BREAK", "CLOSING");

    public static SessionForm typed(MultivaluedMap<String, String> fields) {
        return new SessionForm(fields.getFirst("kind"), fields.getFirst("title"), fields.getFirst("description"),
                fields.getFirst("halfDayCode"), fields.getFirst("start"), fields.getFirst("end"),
                fields.getFirst("roomId"), fields.getFirst("capacity"), fields.getFirst("series"),
                list(fields.get("speakerIds")), list(fields.get("themeIds")), fields.getFirst("moderatorId"),
                fields.getFirst("version"));
    }

    /** An empty form, in the half-day and room of the planner's cell it was opened from. */
    public static SessionForm blank(String halfDayCode, String roomId) {
        return new SessionForm("WORKSHOP", "", "", halfDayCode, "", "", roomId, "", "", List.of(), List.of(), "", "");
    }

    public static SessionForm of(Dto.PlannedSession s) {
        return new SessionForm(s.kind(), s.title(), s.description(), s.halfDayCode(), s.start().atZoneSameInstant(
                Formats.PARIS).toLocalTime().toString(), s.end().atZoneSameInstant(Formats.PARIS).toLocalTime().toString(),
                s.roomId(), s.capacityFromRoom() || s.capacity() == null ? "" : s.capacity().toString(),
                s.seriesId() == null ? "" : s.seriesId(), list(s.speakerIds()), list(s.themeIds()), s.moderatorId(),
                Long.toString(s.version()));
    }

    public List<String> kinds() {
        return KINDS;
    }

    public boolean hasSpeaker(String id) {
        return speakerIds.contains(id);
    }

    public boolean hasTheme(String id) {
        return themeIds.contains(id);
    }

    /** The fields the gateway cannot read, each with its message; empty when the form can be sent. */
    public Map<String, String> unreadable(List<Dto.HalfDay> halfDays, AuthoringMsg words) {
        Map<String, String> errors = new LinkedHashMap<>();
        if (halfDay(halfDays) == null) {
            errors.put("halfDayCode", words.half_day_expected());
        }
        if (time(start) == null) {
            errors.put("start", words.start_expected());
        }
        if (time(end) == null) {
            errors.put("end", words.end_expected());
        }
        if (Forms.blankToNull(capacity) != null && number(capacity) == null) {
            errors.put("capacity", words.capacity_expected());
        }
        return errors;
    }

    /** The request programme-service reads; call only when {@link #unreadable} found nothing. */
    public Dto.SessionRequest request(List<Dto.HalfDay> halfDays) {
        Dto.HalfDay halfDay = halfDay(halfDays);
        String seriesId = Forms.blankToNull(series);
        if (NEW_SERIES.equals(seriesId)) {
            seriesId = UUID.randomUUID().toString();
        }
        return new Dto.SessionRequest(Forms.blankToNull(kind), title == null ? "" : title.trim(),
                Forms.blankToNull(description), halfDay.code(), at(halfDay, time(start)), at(halfDay, time(end)),
                Forms.blankToNull(roomId), number(capacity), themeIds, speakerIds, Forms.blankToNull(moderatorId),
                seriesId, version(version));
    }

    private static Long version(String value) {
        try {
            return Forms.blankToNull(value) == null ? null : Long.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Dto.HalfDay halfDay(List<Dto.HalfDay> halfDays) {
        return halfDays.stream().filter(h -> h.code().equals(halfDayCode)).findFirst().orElse(null);
    }

    private static OffsetDateTime at(Dto.HalfDay halfDay, LocalTime time) {
        return halfDay.date().atTime(time).atZone(Formats.PARIS).toOffsetDateTime();
    }

    private static LocalTime time(String value) {
        try {
            return value == null ? null : LocalTime.parse(value.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer number(String value) {
        String v = Forms.blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return Integer.valueOf(v.replace(" ", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }
}
