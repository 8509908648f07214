package fr.assises.registration.seats;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Remaining places for the live registration form; counts only. */
public record Availability(
        UUID congressId,
        boolean open,
        int capacity,
        int confirmed,
        int remaining,
        long waitlisted,
        boolean overbooked,
        List<CategoryPlaces> categories,
        List<SessionPlaces> workshops,
        List<SessionPlaces> meals,
        List<DayPlaces> days) {

    public record CategoryPlaces(String code, String labelFr, String labelEn, long feeCents, Integer quota,
            int confirmed, int remaining, boolean open, boolean overbooked, boolean invitationOnly) {
    }

    /**
     * One day of the congress: registrations that chose it. {@code confirmed} counts those holding a seat (as the
     * seat counters do, so a place offered and not yet accepted counts), {@code waitlisted} those with status
     * WAITLISTED (as the top-level field does); cancelled registrations never count.
     */
    public record DayPlaces(LocalDate date, int confirmed, int waitlisted, List<DayCategory> categories) {
    }

    public record DayCategory(String code, int confirmed) {
    }

    public record SessionPlaces(UUID sessionId, UUID seriesId, String title, OffsetDateTime start,
            String halfDayCode, Integer capacity, int confirmed, Integer remaining, boolean overbooked) {
    }
}
