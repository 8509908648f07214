package fr.assises.registration.organiser;

import java.util.UUID;

/** What an organiser filters registrations on; null means any. */
public record SearchFilter(String status, String category, UUID sessionId, Boolean checkedIn, Boolean lateChange,
        String text) {

    public static SearchFilter all() {
        return new SearchFilter(null, null, null, null, null, null);
    }
}
