package fr.assises.gateway.web.organiser.registrations;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.WorkshopSlots;

/** What the desk's edit and add forms offer: categories (invitation-only ones too), days, workshops by slot, meals, questions. */
@ApplicationScoped
public class DeskChoices {

    /** The workshops offered at one time slot (one radio group). */
    public record Slot(String key, String label, List<Dto.SessionPlaces> options) {
    }

    /** Everything the form shows, read once per page. */
    public record Offer(List<RegistrationSettingsClient.Category> categories, List<LocalDate> days, List<Slot> slots,
            List<Dto.SessionPlaces> meals, List<RegistrationSettingsClient.Question> questions,
            Dto.RegistrationSettings information, OffsetDateTime freezeAt) {

        /** Whether the catering freeze date has passed: changes are then late changes for the caterer. */
        public boolean frozen() {
            return freezeAt != null && !OffsetDateTime.now().isBefore(freezeAt);
        }
    }

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    RegistrationSettingsClient settings;

    Offer offer(Dto.Congress congress, Locale locale) {
        try {
            RegistrationSettingsClient.Settings custom = settings.settings(congress.congressId());
            Dto.Availability availability = registration.availability(congress.congressId());
            return new Offer(custom.categoriesOrEmpty(), days(congress), slots(availability, locale),
                    availability.mealsOrEmpty(), custom.questionsOrEmpty(), registration.settings(congress.congressId()),
                    custom.freezeAt());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    static List<Slot> slots(Dto.Availability availability, Locale locale) {
        Map<String, List<Dto.SessionPlaces>> bySlot = new LinkedHashMap<>();
        for (Dto.SessionPlaces option : availability.workshopsOrEmpty()) {
            String key = WorkshopSlots.key(option);
            bySlot.computeIfAbsent(key, k -> new ArrayList<>()).add(option);
        }
        List<Slot> slots = new ArrayList<>();
        bySlot.forEach((key, options) -> {
            Dto.SessionPlaces first = options.get(0);
            slots.add(new Slot(key.replaceAll("[^A-Za-z0-9-]", "-"), WorkshopSlots.label(first, null, locale), options));
        });
        return slots;
    }

    static List<LocalDate> days(Dto.Congress congress) {
        return WorkshopSlots.days(congress);
    }
}
