package fr.assises.budget.billing;

import java.time.LocalDate;
import java.util.UUID;

/** {@code fr.assises.registration-invoice.payment-recorded.v1}: {@code paidCents} is the invoice's received total. */
public record PaymentRecordedData(UUID paymentId, UUID invoiceId, UUID congressId, String means, LocalDate paidOn,
        long amountCents, long paidCents, long invoiceTotalCents, long version) {

    public static final String TYPE = "fr.assises.registration-invoice.payment-recorded.v1";
}
