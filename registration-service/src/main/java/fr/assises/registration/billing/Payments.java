package fr.assises.registration.billing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;

/** Records what was received for an invoice; never more than is still due. */
@ApplicationScoped
public class Payments {

    @Inject
    EntityManager em;

    @Inject
    BillingReads reads;

    @Inject
    BillingEvents events;

    @Transactional
    public DocumentView record(UUID invoiceId, PaymentRequest request) {
        // the invoice row is locked: two payments recorded at once cannot both fit under the amount due
        BillingDocument invoice = em.find(BillingDocument.class, invoiceId, LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null || !BillingDocument.INVOICE.equals(invoice.kind)) {
            throw ProblemException.notFound("Facture introuvable.");
        }
        if ("TRANSFER".equals(request.means()) && (request.reference() == null || request.reference().isBlank())) {
            throw ProblemException.invalidField("reference", "la référence du virement est obligatoire");
        }
        if (request.paidOn().isAfter(LocalDate.now(Invoicing.PARIS))) {
            throw ProblemException.invalidField("paidOn", "un paiement reçu ne peut pas être daté de demain");
        }
        DocumentView before = reads.view(invoice);
        if ("CREDITED".equals(before.status())) {
            throw ProblemException.businessRule("Cette facture est annulée par un avoir : aucun paiement n’y est attendu.");
        }
        if (request.amountCents() > before.dueCents()) {
            String message = before.dueCents() == 0 ? "cette facture est déjà payée en totalité"
                    : "le montant dépasse le reste à payer (" + Money.euros(before.dueCents()) + ")";
            throw new ProblemException(ProblemType.BUSINESS_RULE, message,
                    java.util.List.of(new Problem.FieldError("amountCents", message)));
        }
        Payment p = new Payment();
        p.id = UUID.randomUUID();
        p.documentId = invoice.id;
        p.congressId = invoice.congressId;
        p.means = request.means();
        p.reference = request.reference() == null || request.reference().isBlank() ? null : request.reference().strip();
        p.paidOn = request.paidOn();
        p.amountCents = request.amountCents();
        p.recordedAt = Instant.now();
        em.persist(p);
        em.flush();
        events.paymentRecorded(invoice, p, before.paidCents() + p.amountCents, before.payments().size() + 1);
        return reads.view(invoice);
    }
}
