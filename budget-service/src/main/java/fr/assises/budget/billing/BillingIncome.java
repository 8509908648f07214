package fr.assises.budget.billing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import fr.assises.common.events.EventEnvelope;
import fr.assises.common.events.IncomingEvents;
import fr.assises.common.events.MalformedEventException;

/**
 * What registration-service invoiced and received, per congress and fee category, from its invoice events. An
 * issued document never changes, so it is written once (a replay changes nothing); a payment event carries the
 * invoice's whole received amount and its version, and only a newer one is kept.
 */
@ApplicationScoped
public class BillingIncome {

    public static final String TYPE_PREFIX = "fr.assises.registration-invoice.";

    /** Invoiced (credit notes deducted) and received, in cents, for one fee category. */
    public record Amounts(long invoicedCents, long receivedCents) {
    }

    @Inject
    EntityManager em;

    @Inject
    IncomingEvents events;

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(EventEnvelope envelope) {
        if (InvoiceIssuedData.TYPE.equals(envelope.type())) {
            issued(events.data(envelope, InvoiceIssuedData.class), envelope);
        } else if (PaymentRecordedData.TYPE.equals(envelope.type())) {
            PaymentRecordedData p = events.data(envelope, PaymentRecordedData.class);
            if (p.invoiceId() == null) {
                throw new MalformedEventException("event " + envelope.id() + " lacks invoiceId");
            }
            em.createNativeQuery("""
                    update billed_document set paid_cents = ?2, payment_version = ?3, updated_at = now()
                    where invoice_id = ?1 and payment_version < ?3""")
                    .setParameter(1, p.invoiceId()).setParameter(2, p.paidCents()).setParameter(3, p.version())
                    .executeUpdate();
        }
    }

    private void issued(InvoiceIssuedData d, EventEnvelope envelope) {
        String missing = d.missing();
        if (missing != null) {
            throw new MalformedEventException("event " + envelope.id() + " lacks " + missing);
        }
        int inserted = em.createNativeQuery("""
                insert into billed_document (invoice_id, congress_id, kind, total_cents) values (?1, ?2, ?3, ?4)
                on conflict (invoice_id) do nothing""")
                .setParameter(1, d.invoiceId()).setParameter(2, d.congressId()).setParameter(3, d.kind())
                .setParameter(4, d.totalCents()).executeUpdate();
        if (inserted == 0) {
            return;
        }
        for (InvoiceIssuedData.CategoryAmount c : d.categories()) {
            em.createNativeQuery("insert into billed_category (invoice_id, category, total_cents) values (?1, ?2, ?3)")
                    .setParameter(1, d.invoiceId()).setParameter(2, c.category()).setParameter(3, c.totalCents())
                    .executeUpdate();
        }
    }

    /**
     * Per fee category: invoiced (credit notes deducted) and received (each invoice's received amount shared
     * among its categories in proportion to their amounts).
     */
    @SuppressWarnings("unchecked")
    public Map<String, Amounts> byCategory(UUID congressId) {
        List<Object[]> rows = em.createNativeQuery("""
                select c.category, sum(c.total_cents),
                       sum(case when d.kind = 'INVOICE' and d.total_cents <> 0
                                then round(d.paid_cents::numeric * c.total_cents / d.total_cents) else 0 end)
                from billed_category c join billed_document d on d.invoice_id = c.invoice_id
                where d.congress_id = ?1 group by c.category""").setParameter(1, congressId).getResultList();
        Map<String, Amounts> result = new HashMap<>();
        for (Object[] row : rows) {
            result.put((String) row[0], new Amounts(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return result;
    }
}
