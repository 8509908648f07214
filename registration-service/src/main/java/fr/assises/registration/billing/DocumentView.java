package fr.assises.registration.billing;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An invoice, credit note or quote with its follow-up: {@code status} EXPECTED, PARTLY_PAID, PAID, OVERDUE (past its
 * due date and not paid in full) or CREDITED (cancelled by a credit note); credit notes and quotes are ISSUED.
 */
public record DocumentView(UUID id, UUID congressId, String kind, String number, OffsetDateTime issuedAt,
        LocalDate issueDate, LocalDate dueDate, UUID creditedId, UUID creditNoteId, String creditNoteNumber,
        Buyer buyer, long netCents, long vatCents, long totalCents, java.math.BigDecimal vatRate,
        String vatExemption, long paidCents, long dueCents, String status, String reason, List<Line> lines,
        List<PaymentView> payments) {

    public record Buyer(String kind, String name, String siret, String address, String email, String orderNumber,
            String serviceCode) {
    }

    public record Line(int position, UUID registrationId, String category, String label, long netCents,
            long vatCents, long totalCents) {
    }

    public record PaymentView(UUID id, String means, String reference, LocalDate paidOn, long amountCents,
            OffsetDateTime recordedAt) {
    }
}
