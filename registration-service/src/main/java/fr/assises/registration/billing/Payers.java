package fr.assises.registration.billing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;

/** Who pays each registration: checked at registration, changed by the committee later, erased with the rest. */
@ApplicationScoped
public class Payers {

    @Inject
    PayerRepository payers;

    @Inject
    RegistrationRepository registrations;

    /**
     * The payer's rules Bean Validation cannot say, each refusal naming its field under {@code payer.}: an
     * organisation needs its name, a SIRET whose key is right, a billing address and a contact e-mail.
     */
    public PayerRequest check(PayerRequest p) {
        if (p == null) {
            return null;
        }
        if (!p.organisation()) {
            return new PayerRequest(PayerRequest.PARTICIPANT, null, null, null, null, null, null, null, null);
        }
        List<Problem.FieldError> errors = new ArrayList<>();
        required(errors, "payer.name", p.name(), "le nom de l’organisation qui paie est obligatoire");
        String siretProblem = Siret.problem(p.siret());
        if (siretProblem != null) {
            errors.add(new Problem.FieldError("payer.siret", siretProblem));
        }
        required(errors, "payer.address", p.address(), "l’adresse de facturation est obligatoire");
        required(errors, "payer.postcode", p.postcode(), "le code postal est obligatoire");
        required(errors, "payer.city", p.city(), "la commune est obligatoire");
        required(errors, "payer.email", p.email(), "l’adresse électronique de facturation est obligatoire");
        if (p.postcode() != null && !p.postcode().isBlank() && !p.postcode().strip().matches("\\d{5}")) {
            errors.add(new Problem.FieldError("payer.postcode", "un code postal compte 5 chiffres"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " informations sont à corriger.",
                    errors);
        }
        return new PayerRequest(PayerRequest.ORGANISATION, p.name().strip(), Siret.normalise(p.siret()),
                p.address().strip(), p.postcode().strip(), p.city().strip(), p.email().strip(),
                blankToNull(p.orderNumber()), blankToNull(p.serviceCode()));
    }

    /** Keeps the payer of a registration being created (its transaction); nothing said means the participant. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void attach(Registration r, PayerRequest checked) {
        if (checked != null) {
            save(r, checked);
        }
    }

    /** The committee sets or changes who pays (an invoice already issued keeps the buyer it was issued to). */
    @Transactional
    public Payer.PayerView set(UUID registrationId, PayerRequest request) {
        Registration r = registrations.findByIdOptional(registrationId)
                .orElseThrow(() -> ProblemException.notFound("Inscription introuvable."));
        if (r.anonymisedAt != null) {
            throw ProblemException.businessRule("Cette inscription a été effacée.");
        }
        if (request == null) {
            throw ProblemException.invalidField("payer.kind", "payeur : PARTICIPANT ou ORGANISATION");
        }
        return save(r, check(request)).view();
    }

    /** Who pays: the stored payer, or the participant when none was said. */
    @Transactional
    public Payer.PayerView view(UUID registrationId) {
        return find(registrationId).map(Payer::view)
                .orElse(new Payer.PayerView(PayerRequest.PARTICIPANT, null, null, null, null, null, null, null, null));
    }

    /** 404 for an unknown registration. */
    @Transactional
    public UUID requireRegistration(UUID registrationId) {
        return registrations.findByIdOptional(registrationId)
                .orElseThrow(() -> ProblemException.notFound("Inscription introuvable.")).id;
    }

    public Optional<Payer> find(UUID registrationId) {
        return payers.findByIdOptional(registrationId);
    }

    /** RGPD erasure and end of retention: the payer goes with the registration's personal fields. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void erase(UUID registrationId) {
        payers.deleteById(registrationId);
    }

    private Payer save(Registration r, PayerRequest p) {
        Payer found = payers.findById(r.id);
        Payer payer = found == null ? new Payer() : found;
        payer.registrationId = r.id;
        payer.congressId = r.congressId;
        payer.kind = p.kind();
        payer.name = p.name();
        payer.siret = p.siret();
        payer.address = p.address();
        payer.postcode = p.postcode();
        payer.city = p.city();
        payer.email = p.email();
        payer.orderNumber = p.orderNumber();
        payer.serviceCode = p.serviceCode();
        payer.updatedAt = Instant.now();
        if (found == null) {
            // written once every field is set: the row's columns are checked as soon as it is inserted
            payers.persist(payer);
        }
        return payer;
    }

    private static void required(List<Problem.FieldError> errors, String field, String value, String message) {
        if (value == null || value.isBlank()) {
            errors.add(new Problem.FieldError(field, message));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
