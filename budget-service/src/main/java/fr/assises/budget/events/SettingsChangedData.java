package fr.assises.budget.events;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the budget reads of {@code fr.assises.registration-settings.changed.v1}: the fee categories. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsChangedData(UUID congressId, List<Category> categories, Long version) {

    public static final String TYPE = "fr.assises.registration-settings.changed.v1";

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String code, String labelFr, String labelEn, Long feeCents, Integer quota) {
    }

    /** What is missing for the budget to use this event, or null when it is complete. */
    public String missing() {
        if (congressId == null) {
            return "congressId";
        }
        if (version == null) {
            return "version";
        }
        if (categories == null || categories.stream().anyMatch(c -> c == null || c.code() == null
                || c.code().isBlank() || c.feeCents() == null || c.feeCents() < 0)) {
            return "categories";
        }
        return null;
    }
}
