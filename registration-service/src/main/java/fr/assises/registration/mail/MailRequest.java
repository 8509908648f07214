package fr.assises.registration.mail;

import java.util.UUID;

/**
 * A mail asked for inside a transaction: only the registration id and the kind (plus the committee's own words
 * for a {@link MailKind#MESSAGE}). Nothing is looked up or rendered while the transaction, and the congress
 * seat lock it may hold, is open; {@link MailDispatcher} renders it from the committed data after the commit.
 */
public record MailRequest(UUID registrationId, MailKind kind, String subject, String text) {

    public static MailRequest of(UUID registrationId, MailKind kind) {
        return new MailRequest(registrationId, kind, null, null);
    }
}
