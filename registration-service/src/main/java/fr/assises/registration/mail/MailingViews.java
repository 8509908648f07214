package fr.assises.registration.mail;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** What the mailing endpoints answer. */
public final class MailingViews {

    private MailingViews() {
    }

    /** One mail as a recipient receives it. */
    public record Message(String subject, String text) {
    }

    /**
     * What a mailing would do, nothing sent: how many people it reaches (with an e-mail, not anonymised), how
     * many of them read English, and the mail in both languages with the first recipient's values (null when none).
     */
    public record Preview(int recipients, int english, String sampleName, Message fr, Message en) {
    }

    /** One entry of the history: kind MESSAGE (written by the committee) or REMINDER. */
    public record Sent(UUID id, String kind, String subjectFr, String subjectEn, String textFr, String textEn,
            MailingFilter filter, int recipients, String sentBy, OffsetDateTime sentAt) {
    }

    /** One person a mailing went to (their current name and e-mail; null once anonymised). */
    public record Recipient(UUID registrationId, String name, String email) {
    }

    /** How many confirmed people the reminder would reach now (those not reminded yet). */
    public record ReminderDue(int due) {
    }

    /** A page of the history, newest first. */
    public record History(List<Sent> items) {
    }
}
