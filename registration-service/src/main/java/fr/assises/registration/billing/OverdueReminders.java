package fr.assises.registration.billing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.registration.mail.Mails;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;

/**
 * Reminds overdue invoices through the mail outbox, once a day at most per invoice. An invoice to an organisation
 * with an accounting address is reminded there, once; otherwise each participant billed on the invoice gets the
 * reminder with its number, amount and due date, to pay it or pass it on to whoever pays.
 */
@ApplicationScoped
public class OverdueReminders {

    @Inject
    BillingReads reads;

    @Inject
    Mails mails;

    @Inject
    RegistrationRepository registrations;

    @Inject
    EntityManager em;

    public record Outcome(int invoices, int mails) {
    }

    @Transactional
    public Outcome due(UUID congressId) {
        return new Outcome(overdue(congressId).size(), 0);
    }

    @Transactional
    public Outcome send(UUID congressId) {
        int invoices = 0;
        int sent = 0;
        for (DocumentView d : overdue(congressId)) {
            String subject = "Facture " + d.number() + " : paiement en retard";
            String facts = "La facture " + d.number() + " du " + DocumentPdf.date(d.issueDate())
                    + ", adressée à " + d.buyer().name() + (d.buyer().orderNumber() == null ? ""
                            : " (engagement juridique " + d.buyer().orderNumber() + ")")
                    + ", arrivait à échéance le " + DocumentPdf.date(d.dueDate()) + ". Il reste "
                    + Money.euros(d.dueCents()) + " à régler.";
            List<UUID> billed = d.lines().stream().map(DocumentView.Line::registrationId).distinct().toList();
            String accounting = d.buyer().email();
            if (PayerRequest.ORGANISATION.equals(d.buyer().kind()) && accounting != null && !accounting.isBlank()) {
                Registration about = registrations.findById(billed.get(0));
                if (about != null) {
                    mails.queueMessageTo(accounting, about, subject, "Bonjour,\n\n" + facts
                            + "\n\nSi le paiement est parti, ne tenez pas compte de ce message.");
                    sent++;
                }
            } else {
                String text = "Bonjour,\n\n" + facts + "\n\nMerci de transmettre ce rappel au service qui "
                        + "règle votre inscription. Si le paiement est parti, ne tenez pas compte de ce message.";
                for (UUID registrationId : billed) {
                    Registration r = registrations.findById(registrationId);
                    if (r != null && mails.queueMessage(r, subject, text)) {
                        sent++;
                    }
                }
            }
            em.createNativeQuery("insert into billing_reminder (document_id, sent_at) values (?1, ?2)")
                    .setParameter(1, d.id()).setParameter(2, Instant.now()).executeUpdate();
            invoices++;
        }
        return new Outcome(invoices, sent);
    }

    private List<DocumentView> overdue(UUID congressId) {
        @SuppressWarnings("unchecked")
        List<UUID> remindedToday = em.createNativeQuery("""
                select distinct r.document_id from billing_reminder r join billing_document d on d.id = r.document_id
                where d.congress_id = ?1 and r.sent_at > now() - interval '1 day'""")
                .setParameter(1, congressId).getResultList();
        return reads.list(congressId, BillingDocument.INVOICE, "OVERDUE").stream()
                .filter(d -> !remindedToday.contains(d.id())).toList();
    }
}
