package fr.assises.gateway.web.organiser.setup;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;

import fr.assises.gateway.clients.Dto;

/** The set-up forms' values as typed (null when unreadable), and the congress's half-days as programme-service reads them. */
final class SetupFields {

    private SetupFields() {
    }

    /** The code programme-service gives a half-day: J1-AM for the first day's morning. */
    static String code(LocalDate startDate, LocalDate date, String period) {
        return "J" + (ChronoUnit.DAYS.between(startDate, date) + 1) + ("MORNING".equals(period) ? "-AM" : "-PM");
    }

    static ZoneId zone(Dto.CongressSetup current) {
        return ZoneId.of(current.timeZone() == null ? "Europe/Paris" : current.timeZone());
    }

    static OffsetDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toOffsetDateTime();
    }

    /** The half-days as they are, to send back with the congress. */
    static List<Dto.HalfDayRequest> requests(Dto.CongressSetup current) {
        return current.halfDaysOrEmpty().stream().map(h -> new Dto.HalfDayRequest(h.start(), h.end())).toList();
    }

    static LocalDate date(String typed) {
        try {
            return typed == null ? null : LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static LocalTime time(String typed) {
        try {
            return typed == null ? null : LocalTime.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    static Integer capacity(String typed) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.trim());
            return value < 1 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static Long version(String typed) {
        try {
            return typed == null ? null : Long.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
