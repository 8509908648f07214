package fr.assises.registration.seats;

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
        List<SessionPlaces> meals) {

    public record CategoryPlaces(String code, String labelFr, String labelEn, long feeCents, Integer quota,
            int confirmed, int remaining, boolean open, boolean overbooked) {
    }

    public record SessionPlaces(UUID sessionId, UUID seriesId, String title, OffsetDateTime start,
            String halfDayCode, Integer capacity, int confirmed, Integer remaining, boolean overbooked) {
    }
}
