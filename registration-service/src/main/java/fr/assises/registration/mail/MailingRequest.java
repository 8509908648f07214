package fr.assises.registration.mail;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A message to every registration matching the filter (same filters as the search). {@code subject} and
 * {@code text} are the French mail; {@code subjectEn} and {@code textEn}, when given, go to the people who chose
 * English. {@code {prénom}}, {@code {nom}} and {@code {congrès}} in them are replaced by each recipient's values.
 */
public record MailingRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String text,
        @Size(max = 200) String subjectEn,
        @Size(max = 10000) String textEn,
        @Pattern(regexp = "CONFIRMED|WAITLISTED|CANCELLED") String status,
        @Size(max = 40) String category,
        UUID sessionId,
        Boolean checkedIn,
        Boolean lateChange,
        @Size(max = 100) String q,
        UUID question,
        @Size(max = 200) String answer) {

    boolean english() {
        return subjectEn != null && !subjectEn.isBlank() && textEn != null && !textEn.isBlank();
    }

    MailingFilter filter() {
        return new MailingFilter(status, category, sessionId, checkedIn, lateChange, q, question, answer);
    }
}
