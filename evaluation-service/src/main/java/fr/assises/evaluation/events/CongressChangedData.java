package fr.assises.evaluation.events;

import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code fr.assises.programme.congress.changed.v1}, only the fields this service keeps. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CongressChangedData(UUID congressId, String slug, String title, LocalDate startDate, LocalDate endDate,
        String timeZone, String status, long version) {
}
