package fr.assises.gateway.web.participant;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.WorkshopSlots;

/** What the registration form offers: the congress's days and its workshops grouped by time slot. */
final class FormChoices {

    private FormChoices() {
    }

    /** The workshops offered at one time slot (one radio group), in natural order of their titles. */
    public record Slot(String key, String label, OffsetDateTime start, List<Option> options) {
    }

    /** One workshop with its places, and from the programme its end and description. */
    public record Option(Dto.SessionPlaces places, OffsetDateTime end, String description) {
    }

    static List<Slot> slots(Dto.Availability availability, Map<String, Dto.Session> sessions, Locale locale) {
        Map<String, List<Option>> bySlot = new LinkedHashMap<>();
        for (Dto.SessionPlaces option : availability.workshopsOrEmpty()) {
            String key = WorkshopSlots.key(option);
            Dto.Session session = sessions.get(option.sessionId());
            bySlot.computeIfAbsent(key, k -> new ArrayList<>()).add(new Option(option,
                    session == null ? null : session.end(), session == null ? null : session.description()));
        }
        List<Slot> slots = new ArrayList<>();
        bySlot.forEach((key, options) -> {
            options.sort(Comparator.comparing(o -> o.places().title(), Ranks.NATURAL));
            Dto.SessionPlaces first = options.get(0).places();
            slots.add(new Slot(key, WorkshopSlots.label(first, options.get(0).end(), locale), first.start(), options));
        });
        slots.sort(Comparator.comparing(Slot::start, Comparator.nullsLast(Comparator.naturalOrder())));
        return slots;
    }

    /** Each day of the congress, from its half-days. */
    static List<LocalDate> days(Dto.Congress congress) {
        return WorkshopSlots.days(congress);
    }
}
