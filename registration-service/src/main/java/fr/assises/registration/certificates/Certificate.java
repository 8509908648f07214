package fr.assises.registration.certificates;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one attendance certificate states: the person, the days a check-in was recorded and the sessions scanned,
 * each with its scheduled times. Built on demand from the check-ins, never stored.
 */
public record Certificate(UUID registrationId, String firstName, String lastName, String organisation,
        List<LocalDate> days, List<Attended> sessions) {

    /** A session whose point scanned the person's badge, with its times from the published programme. */
    public record Attended(UUID sessionId, String kind, String title, Instant start, Instant end, String room) {

        /** Meals are listed but not counted in the hours: they are not part of the training time. */
        public boolean counted() {
            return !"MEAL".equals(kind) && start != null && end != null && end.isAfter(start);
        }
    }

    /** The hours of the certificate: the scheduled durations of the scanned sessions, meals left out. */
    public long minutes() {
        return sessions.stream().filter(Attended::counted)
                .mapToLong(s -> Duration.between(s.start(), s.end()).toMinutes()).sum();
    }

    public String fullName() {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }
}
