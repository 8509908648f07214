package fr.assises.registration.mail;

/** The e-mails a participant receives. */
public enum MailKind {
    CONFIRMED, WAITLISTED, PROMOTED, OFFERED, CHANGED, CANCELLED, REMINDER, MESSAGE, INVITATION,
    /** The satisfaction survey's invitation and reminder, with the person's own link (see survey/SurveyMails). */
    SURVEY_INVITATION, SURVEY_REMINDER;

    /** A survey mail: its row (and the link in it) is deleted once sent. */
    public boolean survey() {
        return this == SURVEY_INVITATION || this == SURVEY_REMINDER;
    }
}
