package fr.assises.registration.mail;

import java.util.UUID;

/**
 * A mail asked for inside a transaction, as its {@code mail_outbox} row holds it: the registration and the kind
 * (plus the committee's own words for a {@link MailKind#MESSAGE}). {@link MailRelay} renders it from the
 * committed data when it sends it. {@code link} is a survey mail's opener link (null otherwise); {@code recipient}
 * an address other than the participant's (an invoice's accounting address; null otherwise).
 */
public record MailRequest(UUID id, UUID registrationId, MailKind kind, String subject, String text, String link,
        String recipient) {
}
