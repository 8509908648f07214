package fr.assises.registration.checkin;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One check-in point and its counts: {@code expected} people (confirmed at the congress, or holding a confirmed
 * seat of that workshop or meal), {@code arrived} scans there, of which {@code unexpected} were not expected,
 * and {@code noShows} expected people not scanned (yet). {@code sessionId} is null for the entrance.
 */
public record PointCounts(String checkpoint, String kind, UUID sessionId, String title, OffsetDateTime startAt,
        String roomName, long expected, long arrived, long unexpected, long noShows) {

    public static final String ENTRANCE = "ENTRANCE";
}
