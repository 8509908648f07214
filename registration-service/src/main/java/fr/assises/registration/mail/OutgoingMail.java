package fr.assises.registration.mail;

import java.util.UUID;

/** An e-mail prepared inside a transaction, sent only once that transaction committed. */
public record OutgoingMail(UUID registrationId, MailKind kind, String to, String subject, String text,
        byte[] calendar) {
}
