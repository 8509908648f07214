package fr.assises.registration.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;

/**
 * What the budget needs of billing, through the outbox: amounts in cents per fee category, never a name, an
 * organisation or a number that could be looked up elsewhere. Their types sit outside the
 * {@code fr.assises.registration.} prefix that consumers read as a registration's state, as the settings' do.
 */
@ApplicationScoped
public class BillingEvents {

    public static final String INVOICE_ISSUED = "fr.assises.registration-invoice.issued.v1";
    public static final String PAYMENT_RECORDED = "fr.assises.registration-invoice.payment-recorded.v1";
    public static final List<String> ALL = List.of(INVOICE_ISSUED, PAYMENT_RECORDED);

    /** An invoice or a credit note (negative amounts) issued. */
    public record InvoiceIssued(UUID invoiceId, UUID congressId, String kind, UUID creditedInvoiceId,
            LocalDate issueDate, long netCents, long vatCents, long totalCents, List<CategoryAmount> categories,
            long version) {
    }

    /** A payment received for an invoice; {@code paidCents} is the invoice's whole received amount after it. */
    public record PaymentRecorded(UUID paymentId, UUID invoiceId, UUID congressId, String means, LocalDate paidOn,
            long amountCents, long paidCents, long invoiceTotalCents, long version) {
    }

    public record CategoryAmount(String category, long totalCents) {
    }

    @Inject
    Outbox outbox;

    @Transactional(Transactional.TxType.MANDATORY)
    void issued(BillingDocument d) {
        List<CategoryAmount> categories = d.lines.stream()
                .collect(java.util.stream.Collectors.groupingBy(l -> l.category, java.util.TreeMap::new,
                        java.util.stream.Collectors.summingLong(l -> l.totalCents)))
                .entrySet().stream().map(e -> new CategoryAmount(e.getKey(), e.getValue())).toList();
        outbox.publish(Topics.REGISTRATION, INVOICE_ISSUED, d.id.toString(), new InvoiceIssued(d.id, d.congressId,
                d.kind, d.creditedId, d.issueDate, d.netCents, d.vatCents, d.totalCents, categories, 1));
    }

    @Transactional(Transactional.TxType.MANDATORY)
    void paymentRecorded(BillingDocument invoice, Payment p, long paidCents, long version) {
        outbox.publish(Topics.REGISTRATION, PAYMENT_RECORDED, invoice.id.toString(), new PaymentRecorded(p.id,
                invoice.id, invoice.congressId, p.means, p.paidOn, p.amountCents, paidCents, invoice.totalCents,
                version));
    }
}
