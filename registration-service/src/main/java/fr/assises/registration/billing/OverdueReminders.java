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
 * Reminds overdue invoices through the mail outbox, once a day at most per invoice. The outbox writes to the
 * registrations' addresses: each participant billed on the invoice gets the reminder with its number, amount
 * and due date, to pass on to whoever pays.
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
            String text = "Bonjour,\n\nLa facture " + d.number() + " du " + DocumentPdf.date(d.issueDate())
                    + ", adressée à " + d.buyer().name() + (d.buyer().orderNumber() == null ? ""
                            : " (engagement juridique " + d.buyer().orderNumber() + ")")
                    + ", arrivait à échéance le " + DocumentPdf.date(d.dueDate()) + ". Il reste "
                    + Money.euros(d.dueCents()) + " à régler.\n\nMerci de transmettre ce rappel au service qui "
                    + "règle votre inscription. Si le paiement est parti, ne tenez pas compte de ce message.";
            for (UUID registrationId : d.lines().stream().map(DocumentView.Line::registrationId).distinct().toList()) {
                Registration r = registrations.findById(registrationId);
                if (r != null && mails.queueMessage(r, subject, text)) {
                    sent++;
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
