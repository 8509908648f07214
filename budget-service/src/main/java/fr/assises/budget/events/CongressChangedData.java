package fr.assises.budget.events;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** What budget-service reads of {@code fr.assises.programme.congress.changed.v1}: the title, for its exports. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CongressChangedData(UUID congressId, String title, long version) {
}
