package fr.assises.registration.mail;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.organiser.OrganiserRegistrations;
import fr.assises.registration.organiser.SearchFilter;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.Registration;

/** The committee e-mails a filtered group (a workshop's people, the waiting list, a category…). */
@ApplicationScoped
public class Mailings {

    @Inject
    CongressRepository congresses;

    @Inject
    OrganiserRegistrations registrations;

    @Inject
    Mails mails;

    @Transactional
    public int send(UUID congressId, MailingRequest request) {
        congresses.require(congressId);
        SearchFilter filter = new SearchFilter(request.status(), request.category(), request.sessionId(),
                request.checkedIn(), request.lateChange(), request.q());
        int sent = 0;
        for (Registration r : registrations.matching(congressId, filter)) {
            if (mails.queueMessage(r, request.subject(), request.text())) {
                sent++;
            }
        }
        return sent;
    }
}
