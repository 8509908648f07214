package fr.assises.registration.registering;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.ProblemException;

/** Ownership checks: a participant only ever reaches registrations whose participant id is their subject. */
@ApplicationScoped
public class MyRegistrations {

    @Inject
    RegistrationRepository registrations;

    @Inject
    RegistrationViews views;

    @Transactional
    public List<RegistrationView> list(String participantId) {
        return registrations.list("participantId = ?1 order by createdAt", participantId).stream()
                .map(views::view).toList();
    }

    @Transactional
    public RegistrationView get(String participantId, UUID id) {
        return views.view(owned(participantId, id));
    }

    @Transactional
    public Registration owned(String participantId, UUID id) {
        Registration r = registrations.findById(id);
        if (r == null || !r.participantId.equals(participantId)) {
            throw ProblemException.notFound("Inscription introuvable.");
        }
        return r;
    }
}
