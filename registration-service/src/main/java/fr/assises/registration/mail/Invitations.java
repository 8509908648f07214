package fr.assises.registration.mail;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;

/**
 * A person the committee added (by hand or by import) is invited to claim the registration with an account using
 * the same e-mail: then they see their badge and survey link and exercise their rights themselves.
 */
@ApplicationScoped
public class Invitations {

    @Inject
    RegistrationRepository registrations;

    @Inject
    Mails mails;

    /** In the transaction that created the registration: the invitation leaves with it or not at all. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void invite(UUID registrationId) {
        Registration r = registrations.findById(registrationId);
        if (r != null) {
            mails.queue(r, MailKind.INVITATION);
        }
    }
}
