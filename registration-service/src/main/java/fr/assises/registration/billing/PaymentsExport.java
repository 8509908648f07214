package fr.assises.registration.billing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import fr.assises.registration.exports.Table;

/**
 * The accountant's table: one row per payment received, and one per invoice still awaiting any, with the
 * invoice's number, buyer, order number, amounts in euros (numbers, written with a decimal comma in CSV and as
 * typed numbers in XLSX) and its follow-up status in words.
 */
@ApplicationScoped
public class PaymentsExport {

    static final Map<String, String> MEANS = Map.of("TRANSFER", "Virement", "MANDATE", "Mandat administratif",
            "CHEQUE", "Chèque", "ON_SITE", "Sur place", "CARD", "Carte");
    static final Map<String, String> STATUS = Map.of("EXPECTED", "Attendue", "PARTLY_PAID", "Payée en partie",
            "PAID", "Payée", "OVERDUE", "En retard", "CREDITED", "Annulée par avoir", "ISSUED", "Émis");

    @Inject
    BillingReads reads;

    public Table table(UUID congressId) {
        List<List<Object>> rows = new ArrayList<>();
        for (DocumentView d : reads.list(congressId, BillingDocument.INVOICE, null)) {
            if (d.payments().isEmpty()) {
                rows.add(row(d, null));
            }
            for (DocumentView.PaymentView p : d.payments()) {
                rows.add(row(d, p));
            }
        }
        return new Table("Paiements", List.of("Facture", "Date d'émission", "Échéance", "Client", "SIRET du client",
                "Engagement juridique", "Code service", "Montant TTC (€)", "Date du paiement", "Moyen", "Référence",
                "Montant reçu (€)", "Reste dû (€)", "Statut"), rows);
    }

    private static List<Object> row(DocumentView d, DocumentView.PaymentView p) {
        List<Object> row = new ArrayList<>();
        row.add(d.number());
        row.add(d.issueDate().toString());
        row.add(d.dueDate() == null ? "" : d.dueDate().toString());
        row.add(d.buyer().name());
        row.add(d.buyer().siret());
        row.add(d.buyer().orderNumber());
        row.add(d.buyer().serviceCode());
        row.add(euros(d.totalCents()));
        row.add(p == null ? "" : p.paidOn().toString());
        row.add(p == null ? "" : MEANS.get(p.means()));
        row.add(p == null ? "" : p.reference());
        row.add(p == null ? null : euros(p.amountCents()));
        row.add(euros(d.dueCents()));
        row.add(STATUS.get(d.status()));
        return row;
    }

    private static BigDecimal euros(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }
}
