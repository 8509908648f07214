package fr.assises.registration.billing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;

/** Documents with their payments and follow-up status, as the committee and the participant read them. */
@ApplicationScoped
public class BillingReads {

    public static final List<String> STATUSES = List.of("EXPECTED", "PARTLY_PAID", "PAID", "OVERDUE", "CREDITED",
            "ISSUED");

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper json;

    @Transactional
    public List<DocumentView> list(UUID congressId, String kind, String status) {
        if (status != null && !STATUSES.contains(status)) {
            throw ProblemException.invalidField("status", "statut inconnu");
        }
        List<BillingDocument> docs = em.createQuery(
                "from BillingDocument where congressId = ?1 and (?2 is null or kind = ?2) order by issuedAt, number",
                BillingDocument.class).setParameter(1, congressId).setParameter(2, kind).getResultList();
        Map<UUID, List<Payment>> payments = new HashMap<>();
        em.createQuery("from Payment where congressId = ?1 order by paidOn, recordedAt", Payment.class)
                .setParameter(1, congressId).getResultList()
                .forEach(p -> payments.computeIfAbsent(p.documentId, k -> new java.util.ArrayList<>()).add(p));
        Map<UUID, BillingDocument> creditNotes = new HashMap<>();
        docs.stream().filter(d -> d.creditedId != null).forEach(d -> creditNotes.put(d.creditedId, d));
        if (kind != null && !BillingDocument.CREDIT_NOTE.equals(kind)) {
            em.createQuery("from BillingDocument where congressId = ?1 and creditedId is not null", BillingDocument.class)
                    .setParameter(1, congressId).getResultList().forEach(d -> creditNotes.put(d.creditedId, d));
        }
        return docs.stream().map(d -> view(d, payments.getOrDefault(d.id, List.of()), creditNotes.get(d.id)))
                .filter(v -> status == null || status.equals(v.status())).toList();
    }

    @Transactional
    public DocumentView get(UUID id) {
        return view(require(id));
    }

    BillingDocument require(UUID id) {
        BillingDocument d = em.find(BillingDocument.class, id);
        if (d == null) {
            throw ProblemException.notFound("Document introuvable.");
        }
        return d;
    }

    DocumentView view(BillingDocument d) {
        List<Payment> payments = em.createQuery("from Payment where documentId = ?1 order by paidOn, recordedAt",
                Payment.class).setParameter(1, d.id).getResultList();
        List<BillingDocument> notes = em.createQuery("from BillingDocument where creditedId = ?1", BillingDocument.class)
                .setParameter(1, d.id).getResultList();
        return view(d, payments, notes.isEmpty() ? null : notes.get(0));
    }

    /** Documents that bill this registration (a grouped invoice too), newest first. */
    @Transactional
    public List<DocumentView> ofRegistration(UUID registrationId) {
        return em.createQuery("""
                select distinct d from BillingDocument d join d.lines l where l.registrationId = ?1
                order by d.issuedAt desc""", BillingDocument.class)
                .setParameter(1, registrationId).getResultList().stream().map(this::view).toList();
    }

    IssuerSnapshot issuer(BillingDocument d) {
        try {
            return json.readValue(d.issuer, IssuerSnapshot.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    DocumentView view(BillingDocument d, List<Payment> payments, BillingDocument creditNote) {
        long paid = payments.stream().mapToLong(p -> p.amountCents).sum();
        IssuerSnapshot issuer = issuer(d);
        return new DocumentView(d.id, d.congressId, d.kind, d.number, d.issuedAt.atOffset(ZoneOffset.UTC),
                d.issueDate, d.dueDate, d.creditedId, creditNote == null ? null : creditNote.id,
                creditNote == null ? null : creditNote.number,
                new DocumentView.Buyer(d.buyerKind, d.buyerName, d.buyerSiret, d.buyerAddress, d.buyerEmail,
                        d.orderNumber, d.serviceCode),
                d.netCents, d.vatCents, d.totalCents, BillingSettingsService.percent(d.vatRateBp),
                issuer.vatExemption(), paid, BillingDocument.INVOICE.equals(d.kind) && creditNote == null
                        ? Math.max(0, d.totalCents - paid) : 0,
                status(d, paid, creditNote != null, LocalDate.now(Invoicing.PARIS)), d.reason,
                d.lines.stream().map(l -> new DocumentView.Line(l.position, l.registrationId, l.category, l.label,
                        l.netCents, l.vatCents, l.totalCents)).toList(),
                payments.stream().map(p -> new DocumentView.PaymentView(p.id, p.means, p.reference, p.paidOn,
                        p.amountCents, p.recordedAt.atOffset(ZoneOffset.UTC))).toList());
    }

    static String status(BillingDocument d, long paid, boolean credited, LocalDate today) {
        if (!BillingDocument.INVOICE.equals(d.kind)) {
            return "ISSUED";
        }
        if (credited) {
            return "CREDITED";
        }
        if (paid >= d.totalCents) {
            return "PAID";
        }
        if (d.dueDate != null && today.isAfter(d.dueDate)) {
            return "OVERDUE";
        }
        return paid > 0 ? "PARTLY_PAID" : "EXPECTED";
    }
}
