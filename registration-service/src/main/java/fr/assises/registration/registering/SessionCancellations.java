package fr.assises.registration.registering;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.events.RegistrationEventTypes;
import fr.assises.registration.mail.MailKind;
import fr.assises.registration.mail.Mails;

/**
 * When the programme cancels a workshop or a meal, the people holding or awaiting it lose that choice (and are
 * told); a cancelled second choice is simply forgotten. Callers hold the congress lock.
 */
@ApplicationScoped
public class SessionCancellations {

    @Inject
    RegistrationRepository registrations;

    @Inject
    SeatAllocator seats;

    @Inject
    RegistrationEvents events;

    @Inject
    Mails mails;

    @Transactional(Transactional.TxType.MANDATORY)
    public void withdraw(UUID sessionId) {
        List<RegistrationItem> items = registrations.getEntityManager().createQuery("""
                select i from RegistrationItem i join fetch i.registration r
                where r.status <> 'CANCELLED' and (i.sessionId = ?1 or i.secondChoiceId = ?1)""",
                RegistrationItem.class)
                .setParameter(1, sessionId)
                .getResultList();
        Set<Registration> changed = new LinkedHashSet<>();
        for (RegistrationItem item : items) {
            Registration r = item.registration;
            if (Objects.equals(item.heldSession(), sessionId)) {
                seats.releaseItem(item);
                r.items.remove(item);
                changed.add(r);
            } else if (Objects.equals(item.sessionId, sessionId)) {
                // the seat is held in the second choice, which now becomes the only choice
                item.sessionId = item.secondChoiceId;
                item.secondChoiceId = null;
                item.assignedRank = 1;
                changed.add(r);
            } else {
                item.secondChoiceId = null;
            }
        }
        for (Registration r : changed) {
            events.publish(r, RegistrationEventTypes.CHANGED);
            mails.queue(r, MailKind.CHANGED);
        }
    }
}
