package fr.assises.registration.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.settings.RegistrationSettings;
import fr.assises.registration.settings.SettingsRepository;

/** The reminder before the congress, with the participant's own sessions as an iCalendar file; once each. */
@ApplicationScoped
public class Reminders {

    @Inject
    CongressRepository congresses;

    @Inject
    SettingsRepository settings;

    @Inject
    RegistrationRepository registrations;

    @Inject
    Mails mails;

    @Inject
    MailingHistory history;

    static final String REMINDER = "REMINDER";

    /**
     * Reminds every confirmed person of the congress who was not reminded yet; returns how many. Each person is
     * claimed by locking their row, skipping rows another instance holds: two instances running this at once
     * share the people between them, and the reminder and its mail commit together, so nobody gets two.
     */
    @Transactional
    public int send(UUID congressId) {
        return send(congressId, null);
    }

    /** The same, sent by a member of the committee (kept in the history with their name; null: the scheduled job). */
    @Transactional
    public int send(UUID congressId, MailingHistory.Sender sender) {
        congresses.require(congressId);
        List<Registration> due = registrations.claim("congressId = ?1 and status = 'CONFIRMED'"
                + " and reminderSentAt is null and anonymisedAt is null", congressId);
        Instant now = Instant.now();
        for (Registration r : due) {
            mails.queue(r, MailKind.REMINDER);
            r.reminderSentAt = now;
        }
        if (!due.isEmpty()) {
            history.record(congressId, REMINDER, new MailingViews.Message(Mails.subject(MailKind.REMINDER, false),
                    null), new MailingViews.Message(Mails.subject(MailKind.REMINDER, true), null),
                    new MailingFilter("CONFIRMED", null, null, null, null, null, null, null),
                    due.stream().map(r -> r.id).toList(), sender);
        }
        return due.size();
    }

    /** How many confirmed people would get the reminder now (not reminded yet, with an e-mail). */
    @Transactional
    public int due(UUID congressId) {
        congresses.require(congressId);
        return (int) registrations.count("congressId = ?1 and status = 'CONFIRMED' and reminderSentAt is null"
                + " and anonymisedAt is null and email is not null", congressId);
    }

    /** Congresses whose reminder day (start minus the configured days, Paris time) has come and not passed. */
    @Transactional
    public List<UUID> due(LocalDate today) {
        return settings.listAll().stream().filter(s -> {
            Congress c = congresses.findById(s.congressId);
            return c != null && isDue(c, s, today);
        }).map(s -> s.congressId).toList();
    }

    static boolean isDue(Congress c, RegistrationSettings s, LocalDate today) {
        return !today.isBefore(c.startDate.minusDays(s.reminderDaysBefore)) && !today.isAfter(c.startDate);
    }

    static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/Paris"));
    }
}
