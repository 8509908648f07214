package fr.assises.registration.mail;

/** The e-mails a participant receives. */
public enum MailKind {
    CONFIRMED, WAITLISTED, PROMOTED, OFFERED, CHANGED, CANCELLED, REMINDER, MESSAGE, INVITATION
}
