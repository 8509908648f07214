package fr.assises.registration.mail;

import java.util.UUID;

/** A rendered e-mail, ready for the mailer. */
public record OutgoingMail(UUID registrationId, MailKind kind, String to, String subject, String text,
        byte[] calendar) {
}
