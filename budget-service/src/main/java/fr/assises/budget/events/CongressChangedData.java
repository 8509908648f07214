package fr.assises.budget.events;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * What budget-service reads of {@code fr.assises.programme.congress.changed.v1}: the title, for its exports, and the
 * half-days, whose count and distinct dates are the days a draft budget counts with.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CongressChangedData(UUID congressId, String title, List<HalfDay> halfDays, long version) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record HalfDay(String code, LocalDate date) {
    }

    /** Distinct dates, or null when the event carries no half-day (then the hypotheses' days stand). */
    public Integer days() {
        return halfDays == null || halfDays.isEmpty() ? null
                : (int) halfDays.stream().map(HalfDay::date).filter(java.util.Objects::nonNull).distinct().count();
    }

    public Integer halfDayCount() {
        return halfDays == null || halfDays.isEmpty() ? null : halfDays.size();
    }
}
