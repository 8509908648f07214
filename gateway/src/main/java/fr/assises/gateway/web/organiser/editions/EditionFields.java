package fr.assises.gateway.web.organiser.editions;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.FormErrors;

/** What the edition forms read from what was typed, and how a refusal of programme-service lands on them. */
final class EditionFields {

    /** The time zones of metropolitan France and the overseas territories where a congress may take place. */
    static final List<String> ZONES = List.of("Europe/Paris", "America/Guadeloupe", "America/Martinique",
            "America/Cayenne", "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea");
    static final List<String> PARTS = List.of("PROGRAMME", "ROOMS", "THEMES", "SPEAKERS", "REGISTRATION", "BUDGET",
            "EVALUATION");
    /** Speakers are people: their copy is asked for, never assumed. */
    static final List<String> DEFAULT_PARTS = List.of("PROGRAMME", "ROOMS", "THEMES", "REGISTRATION", "BUDGET",
            "EVALUATION");
    static final List<String> STATUSES = List.of("DRAFT", "OPEN", "CLOSED", "ARCHIVED");
    private static final int MAX_DAYS = 10;

    private EditionFields() {
    }

    static LocalDate date(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * A morning and an afternoon on each day, to adjust in the set-up; at most ten days, and the first day alone when
     * the dates are reversed, so that programme-service says what is wrong with them on the date fields.
     */
    static List<Dto.HalfDayRequest> defaultHalfDays(LocalDate start, LocalDate end, ZoneId zone) {
        List<Dto.HalfDayRequest> halfDays = new ArrayList<>();
        LocalDate last = end.isBefore(start) ? start : end;
        for (LocalDate day = start; !day.isAfter(last) && halfDays.size() < 2 * MAX_DAYS; day = day.plusDays(1)) {
            halfDays.add(new Dto.HalfDayRequest(at(day, 9, 0, zone), at(day, 12, 30, zone)));
            halfDays.add(new Dto.HalfDayRequest(at(day, 14, 0, zone), at(day, 17, 30, zone)));
        }
        return halfDays;
    }

    private static OffsetDateTime at(LocalDate day, int hour, int minute, ZoneId zone) {
        return day.atTime(LocalTime.of(hour, minute)).atZone(zone).toOffsetDateTime();
    }

    static ZoneId zone(String typed) {
        return typed != null && ZONES.contains(typed) ? ZoneId.of(typed) : ZoneId.of(ZONES.get(0));
    }

    /**
     * programme-service's refusal as the form shows it: each field's message next to it; a 409 (the address is
     * taken) on the address field; the half-days' messages on the dates, since this form does not show them.
     */
    static FormErrors refusal(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        FormErrors refused = FormErrors.from(e);
        Map<String, String> fields = new LinkedHashMap<>(refused.fields());
        String halfDays = fields.remove("halfDays");
        if (halfDays != null) {
            fields.putIfAbsent("endDate", halfDays);
        }
        if (fields.isEmpty() && status == 409) {
            fields.put("slug", refused.general());
        }
        return new FormErrors(fields, refused.general());
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
