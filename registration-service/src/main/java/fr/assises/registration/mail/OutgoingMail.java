package fr.assises.registration.mail;

import java.util.UUID;

/**
 * A rendered e-mail, ready for the mailer; {@code requestId} is its outbox row, and its Message-ID. A survey mail
 * also has an HTML part and a QR code ({@code qrPng}) shown inline in it.
 */
public record OutgoingMail(UUID requestId, UUID registrationId, MailKind kind, String to, String subject,
        String text, byte[] calendar, String html, byte[] qrPng) {

    public OutgoingMail(UUID requestId, UUID registrationId, MailKind kind, String to, String subject, String text,
            byte[] calendar) {
        this(requestId, registrationId, kind, to, subject, text, calendar, null, null);
    }
}
