package fr.assises.registration.billing;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.registration.programme.CongressRepository;

/** The committee sets who issues a congress's invoices; every refusal names its field. */
@ApplicationScoped
public class BillingSettingsService {

    @Inject
    EntityManager em;

    @Inject
    CongressRepository congresses;

    @Transactional
    public BillingSettingsView get(UUID congressId) {
        return BillingSettingsView.of(require(congressId));
    }

    BillingSettings require(UUID congressId) {
        BillingSettings s = em.find(BillingSettings.class, congressId);
        if (s == null) {
            throw ProblemException.notFound("L’émetteur des factures de ce congrès n’est pas encore renseigné.");
        }
        return s;
    }

    @Transactional
    public BillingSettingsView put(UUID congressId, BillingSettingsRequest r) {
        congresses.require(congressId);
        List<Problem.FieldError> errors = new ArrayList<>();
        String siretProblem = Siret.problem(r.siret());
        if (siretProblem != null) {
            errors.add(new Problem.FieldError("siret", siretProblem));
        }
        boolean exempt = r.vatExemption() != null && !r.vatExemption().isBlank();
        if (r.vatRate() == null && !exempt) {
            errors.add(new Problem.FieldError("vatRate",
                    "indiquez le taux de TVA ou la mention d’exonération (« TVA non applicable, art. 293 B du CGI »)"));
        }
        if (r.vatRate() != null && exempt) {
            errors.add(new Problem.FieldError("vatExemption", "un taux de TVA et une exonération ne vont pas ensemble"));
        }
        if (r.vatRate() != null && r.vatRate().scale() > 2 && r.vatRate().stripTrailingZeros().scale() > 2) {
            errors.add(new Problem.FieldError("vatRate", "deux décimales au plus"));
        }
        String iban = r.iban() == null || r.iban().isBlank() ? null : r.iban().replaceAll("\\s", "").toUpperCase();
        if (iban != null && !ibanValid(iban)) {
            errors.add(new Problem.FieldError("iban", "cet IBAN n’est pas valide (clé de contrôle fausse)"));
        }
        String bic = r.bic() == null || r.bic().isBlank() ? null : r.bic().strip().toUpperCase();
        if (bic != null && !bic.matches("[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?")) {
            errors.add(new Problem.FieldError("bic", "un BIC compte 8 ou 11 caractères (lettres et chiffres)"));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION,
                    errors.size() == 1 ? errors.get(0).message() : errors.size() + " informations sont à corriger.",
                    errors);
        }
        BillingSettings found = em.find(BillingSettings.class, congressId);
        BillingSettings s = found == null ? new BillingSettings() : found;
        s.congressId = congressId;
        s.name = r.name().strip();
        s.siret = Siret.normalise(r.siret());
        s.address = r.address().strip();
        s.vatRateBp = r.vatRate() == null ? null : r.vatRate().movePointRight(2).intValueExact();
        s.vatExemption = exempt ? r.vatExemption().strip() : null;
        s.paymentDays = r.paymentDays();
        s.lateMentions = r.lateMentions() == null || r.lateMentions().isBlank()
                ? BillingSettingsRequest.DEFAULT_LATE_MENTIONS : r.lateMentions().strip();
        s.iban = iban;
        s.bic = bic;
        s.updatedAt = Instant.now();
        if (found == null) {
            em.persist(s);
        }
        return BillingSettingsView.of(s);
    }

    /** ISO 13616: the country and key moved to the end, letters as numbers, the whole modulo 97 is 1. */
    static boolean ibanValid(String iban) {
        if (!iban.matches("[A-Z]{2}\\d{2}[A-Z0-9]{10,30}")) {
            return false;
        }
        StringBuilder digits = new StringBuilder();
        for (char c : (iban.substring(4) + iban.substring(0, 4)).toCharArray()) {
            digits.append(Character.isDigit(c) ? String.valueOf(c) : String.valueOf(c - 'A' + 10));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
    }

    static BigDecimal percent(Integer basisPoints) {
        return basisPoints == null ? null : BigDecimal.valueOf(basisPoints, 2).stripTrailingZeros();
    }
}
