package fr.assises.registration.registering;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.events.RegistrationEventTypes;
import fr.assises.registration.mail.MailKind;
import fr.assises.registration.mail.Mails;
import fr.assises.registration.settings.RegistrationSettings;
import fr.assises.registration.settings.SettingsRepository;

/**
 * Moves waiting people in, first come first served, whenever seats free up. Callers hold the congress lock,
 * so a freed seat goes to the head of the list and never to a request that arrived later.
 */
@ApplicationScoped
public class Promotions {

    @Inject
    RegistrationRepository registrations;

    @Inject
    SettingsRepository settingsRepository;

    @Inject
    SeatAllocator seats;

    @Inject
    RegistrationEvents events;

    @Inject
    Mails mails;

    @Transactional(Transactional.TxType.MANDATORY)
    public void promoteAll(UUID congressId) {
        // people already waiting for a workshop or meal seat come before newly confirmed registrations
        promoteSessions(congressId);
        promoteCongress(congressId);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void promoteCongress(UUID congressId) {
        RegistrationSettings settings = settingsRepository.findById(congressId);
        if (settings == null) {
            return;
        }
        for (Registration r : registrations.waiting(congressId)) {
            if (!seats.takeCongressSeat(r)) {
                // this person's category may be full while the total is not: the next person may still fit
                continue;
            }
            if (settings.offerHours == 0) {
                confirm(r, MailKind.PROMOTED);
            } else {
                r.offerExpiresAt = Instant.now().plus(Duration.ofHours(settings.offerHours));
                events.publish(r, RegistrationEventTypes.CHANGED);
                mails.queue(r, MailKind.OFFERED);
            }
        }
    }

    /** Confirms a registration whose congress seat is already taken, and seats its items. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void confirm(Registration r, MailKind mail) {
        r.status = Registration.CONFIRMED;
        r.offerExpiresAt = null;
        r.waitlistSeq = null;
        seats.allocateItems(r, r.items);
        events.publish(r, RegistrationEventTypes.CONFIRMED);
        mails.queue(r, mail);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void promoteSessions(UUID congressId) {
        List<RegistrationItem> waiting = registrations.waitingItems(congressId);
        Set<UUID> full = new HashSet<>();
        Set<Registration> changed = new LinkedHashSet<>();
        for (RegistrationItem item : waiting) {
            if (full.contains(item.sessionId)) {
                continue;
            }
            if (seats.promoteItem(item)) {
                changed.add(item.registration);
            } else {
                full.add(item.sessionId);
            }
        }
        for (Registration r : changed) {
            events.publish(r, RegistrationEventTypes.CHANGED);
            mails.queue(r, MailKind.CHANGED);
        }
    }
}
