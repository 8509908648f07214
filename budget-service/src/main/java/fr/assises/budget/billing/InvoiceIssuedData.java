package fr.assises.budget.billing;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** {@code fr.assises.registration-invoice.issued.v1}, as registration-service documents it. */
public record InvoiceIssuedData(UUID invoiceId, UUID congressId, String kind, UUID creditedInvoiceId,
        LocalDate issueDate, long netCents, long vatCents, long totalCents, List<CategoryAmount> categories,
        long version) {

    public static final String TYPE = "fr.assises.registration-invoice.issued.v1";

    public record CategoryAmount(String category, long totalCents) {
    }

    String missing() {
        if (invoiceId == null || congressId == null || kind == null || categories == null) {
            return "invoiceId, congressId, kind or categories";
        }
        return null;
    }
}
