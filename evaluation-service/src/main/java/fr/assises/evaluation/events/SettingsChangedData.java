package fr.assises.evaluation.events;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What the survey reads of {@code fr.assises.registration-settings.changed.v1}: the categories' names. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SettingsChangedData(UUID congressId, List<Category> categories, Long version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Category(String code, String labelFr, String labelEn) {
    }
}
