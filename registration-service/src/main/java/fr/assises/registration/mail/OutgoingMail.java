package fr.assises.registration.mail;

import java.util.UUID;

/** A rendered e-mail, ready for the mailer; {@code requestId} is its outbox row, and its Message-ID. */
public record OutgoingMail(UUID requestId, UUID registrationId, MailKind kind, String to, String subject,
        String text, byte[] calendar) {
}
