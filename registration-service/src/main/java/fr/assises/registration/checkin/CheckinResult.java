package fr.assises.registration.checkin;

import java.time.OffsetDateTime;
import java.util.UUID;

/** What the entrance desk sees after a scan. */
public record CheckinResult(UUID registrationId, String name, String organisation, String category,
        String checkpoint, OffsetDateTime checkedInAt, boolean alreadyCheckedIn, String message) {
}
