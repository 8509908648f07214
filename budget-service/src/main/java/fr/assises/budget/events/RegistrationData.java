package fr.assises.budget.events;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** data of the fr.assises.registration.*.v1 events, reduced to what the budget reads. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RegistrationData(UUID registrationId, UUID congressId, String status, String category, Long feeCents,
        List<Meal> meals, Long version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Meal(UUID sessionId, String status) {
    }

    /** What is missing for the budget to use this event, or null when it is complete. */
    public String missing() {
        if (registrationId == null) {
            return "registrationId";
        }
        if (congressId == null) {
            return "congressId";
        }
        if (status == null || status.isBlank()) {
            return "status";
        }
        if (category == null || category.isBlank()) {
            return "category";
        }
        if (feeCents == null || feeCents < 0) {
            return "feeCents";
        }
        if (version == null) {
            return "version";
        }
        if (meals != null && meals.stream().anyMatch(m -> m == null || m.sessionId() == null || m.status() == null)) {
            return "meals";
        }
        return null;
    }
}
