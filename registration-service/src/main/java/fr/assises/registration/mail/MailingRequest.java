package fr.assises.registration.mail;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A message to every registration matching the filter (same filters as the search). */
public record MailingRequest(
        @NotBlank @Size(max = 200) String subject,
        @NotBlank @Size(max = 10000) String text,
        @Pattern(regexp = "CONFIRMED|WAITLISTED|CANCELLED") String status,
        @Size(max = 40) String category,
        UUID sessionId,
        Boolean checkedIn,
        Boolean lateChange,
        @Size(max = 100) String q) {
}
