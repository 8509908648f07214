package fr.assises.budget.events;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What budget-service reads of {@code fr.assises.programme.session.changed.v1}: a released session's kind, title,
 * start and status, so that the draft budgets count the programme's meals.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SessionChangedData(UUID sessionId, UUID congressId, String kind, String title, OffsetDateTime start,
        String status, long version) {
}
