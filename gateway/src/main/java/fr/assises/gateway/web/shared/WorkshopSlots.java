package fr.assises.gateway.web.shared;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import fr.assises.gateway.clients.Dto;

/**
 * How the registration forms (the participant's and the desk's) group workshops into time slots and name them,
 * and which days a congress has: one rule for both forms.
 */
public final class WorkshopSlots {

    private WorkshopSlots() {
    }

    /** The slot a workshop belongs to: its series, or else its half-day and start. */
    public static String key(Dto.SessionPlaces workshop) {
        return workshop.seriesId() != null ? workshop.seriesId()
                : workshop.halfDayCode() + "-" + (workshop.start() == null ? "" : workshop.start().toString());
    }

    /** « mardi 24 juin 2027, 10:00–11:30 » (the end when known), or the half-day code without a start. */
    public static String label(Dto.SessionPlaces first, OffsetDateTime end, Locale locale) {
        return first.start() == null ? first.halfDayCode()
                : Formats.longDate(first.start().atZoneSameInstant(Formats.PARIS).toLocalDate(), locale)
                        + ", " + Formats.hm(first.start()) + (end == null ? "" : "–" + Formats.hm(end));
    }

    /** Each day of the congress, from its half-days, in their order. */
    public static List<LocalDate> days(Dto.Congress congress) {
        List<LocalDate> days = new ArrayList<>();
        congress.halfDaysOrEmpty().forEach(h -> {
            if (h.date() != null && !days.contains(h.date())) {
                days.add(h.date());
            }
        });
        return days;
    }
}
