package fr.assises.registration.organiser;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.mail.Invitations;
import fr.assises.registration.registering.RegistrationRequest;
import fr.assises.registration.registering.RegistrationService;
import fr.assises.registration.registering.RegistrationView;

/** The committee's writes that add to the participant's own ones: an invitation with a hand-made registration, a reason with a cancellation. */
@ApplicationScoped
public class OrganiserDesk {

    @Inject
    RegistrationService service;

    @Inject
    Invitations invitations;

    @Inject
    EntityManager em;

    /** Added by hand, with an invitation to claim it in the same transaction (a replayed request invites nobody again). */
    @Transactional
    public RegistrationService.Outcome add(UUID congressId, String callerId, RegistrationRequest request,
            String idempotencyKey) {
        RegistrationService.Outcome outcome = service.register(congressId, UUID.randomUUID().toString(), callerId,
                request, idempotencyKey, RegistrationService.SOURCE_ORGANISER);
        if (outcome.created()) {
            invitations.invite(outcome.registration().id());
        }
        return outcome;
    }

    @Transactional
    public RegistrationView cancel(UUID id, String reason) {
        RegistrationView cancelled = service.cancel(id);
        if (reason != null && !reason.isBlank()) {
            em.flush();
            em.createNativeQuery("update registration set cancel_reason = ?1 where id = ?2")
                    .setParameter(1, reason.strip()).setParameter(2, id).executeUpdate();
        }
        return cancelled;
    }

    /** The committee's reason, or null. */
    @Transactional
    public String cancelReason(UUID id) {
        // a list, not findFirst(): a registration cancelled without a reason (or anonymised) holds a null
        List<?> reason = em.createNativeQuery("select cancel_reason from registration where id = ?1")
                .setParameter(1, id).getResultList();
        return reason.isEmpty() ? null : (String) reason.get(0);
    }
}
