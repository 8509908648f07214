package fr.assises.registration.organiser;

import java.util.UUID;

/**
 * What an organiser filters registrations on; null means any. {@code question} and {@code answer}: registrations
 * that gave that answer to that custom question (the code of a choice, among several for a multiple choice; true
 * or false; the exact text, number or date).
 */
public record SearchFilter(String status, String category, UUID sessionId, Boolean checkedIn, Boolean lateChange,
        String text, UUID question, String answer) {

    public SearchFilter(String status, String category, UUID sessionId, Boolean checkedIn, Boolean lateChange,
            String text) {
        this(status, category, sessionId, checkedIn, lateChange, text, null, null);
    }

    public static SearchFilter all() {
        return new SearchFilter(null, null, null, null, null, null);
    }
}
