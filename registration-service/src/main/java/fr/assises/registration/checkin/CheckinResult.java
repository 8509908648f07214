package fr.assises.registration.checkin;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What the desk sees after a scan: who, where, when (to the second, as in the events), whether this badge had
 * already been scanned at this point, and whether the person was expected there (always true at the entrance).
 */
public record CheckinResult(UUID registrationId, String name, String organisation, String category,
        String checkpoint, OffsetDateTime checkedInAt, boolean alreadyCheckedIn, boolean expected, String message) {
}
