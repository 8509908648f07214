package fr.assises.registration.billing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;
import fr.assises.registration.programme.Congress;
import fr.assises.registration.programme.CongressRepository;
import fr.assises.registration.registering.Registration;
import fr.assises.registration.registering.RegistrationRepository;
import fr.assises.registration.settings.Category;
import fr.assises.registration.settings.CategoryRepository;

/**
 * Issues invoices, credit notes and quotes. A number is taken from its issuer's counter row inside the issuing
 * transaction ({@code SELECT … FOR UPDATE}, then the new value written): a concurrent issue waits for the commit,
 * and a refusal or a failure rolls the number back with everything else, so a series has neither gap nor double.
 */
@ApplicationScoped
public class Invoicing {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    EntityManager em;

    @Inject
    BillingSettingsService settings;

    @Inject
    RegistrationRepository registrations;

    @Inject
    CongressRepository congresses;

    @Inject
    CategoryRepository categories;

    @Inject
    Payers payers;

    @Inject
    BillingEvents events;

    @Inject
    ObjectMapper json;

    @Transactional
    public UUID issue(UUID congressId, IssueRequest request) {
        BillingSettings issuer = requireIssuer(congressId);
        Congress congress = congresses.require(congressId);
        List<UUID> ids = registrationIds(congressId, request);
        // the registrations are locked: two committee members invoicing the same person at once make one invoice
        @SuppressWarnings("unchecked")
        List<UUID> locked = em.createNativeQuery(
                "select id from registration where id in (?1) and congress_id = ?2 order by id for update")
                .setParameter(1, ids).setParameter(2, congressId).getResultList();
        if (locked.size() != ids.size()) {
            throw ProblemException.invalidField("registrationIds", "inscription inconnue pour ce congrès");
        }
        List<Registration> billed = new ArrayList<>();
        for (UUID id : ids) {
            Registration r = registrations.findById(id);
            if (!Registration.CONFIRMED.equals(r.status)) {
                throw ProblemException.businessRule("Seule une inscription confirmée est facturée.");
            }
            if (r.anonymisedAt != null) {
                throw ProblemException.businessRule("Cette inscription a été effacée.");
            }
            if (r.feeCents <= 0) {
                throw ProblemException.businessRule("Cette inscription est gratuite : il n’y a rien à facturer.");
            }
            billed.add(r);
        }
        @SuppressWarnings("unchecked")
        List<UUID> already = em.createNativeQuery("""
                select l.registration_id from billing_line l join billing_document d on d.id = l.document_id
                where d.kind = 'INVOICE' and l.registration_id in (?1)
                  and not exists (select 1 from billing_document c where c.credited_id = d.id)""")
                .setParameter(1, ids).getResultList();
        if (!already.isEmpty()) {
            throw ProblemException.conflict("Cette inscription est déjà facturée : émettez d’abord un avoir.");
        }
        BillingDocument d = newDocument(congressId, BillingDocument.INVOICE, issuer);
        buyer(d, billed);
        int position = 1;
        for (Registration r : billed) {
            addLine(d, position++, r, congress, issuer.vatRateBp, 1);
        }
        totals(d, issuer.vatRateBp);
        d.dueDate = d.issueDate.plusDays(issuer.paymentDays);
        d.number = nextNumber(issuer.siret, "F", d.issueDate);
        em.persist(d);
        em.flush();
        events.issued(d);
        return d.id;
    }

    /** A credit note cancelling the whole invoice (cancellation, or a fee change before a new invoice). */
    @Transactional
    public UUID creditNote(UUID invoiceId, String reason) {
        BillingDocument invoice = em.find(BillingDocument.class, invoiceId,
                jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (invoice == null || !BillingDocument.INVOICE.equals(invoice.kind)) {
            throw ProblemException.notFound("Facture introuvable.");
        }
        Long credited = (Long) em.createNativeQuery("select count(*) from billing_document where credited_id = ?1")
                .setParameter(1, invoiceId).getSingleResult();
        if (credited > 0) {
            throw ProblemException.conflict("Cette facture est déjà annulée par un avoir.");
        }
        BillingDocument note = new BillingDocument();
        note.id = UUID.randomUUID();
        note.congressId = invoice.congressId;
        note.kind = BillingDocument.CREDIT_NOTE;
        note.issuerSiret = invoice.issuerSiret;
        note.issuer = invoice.issuer;
        note.issuedAt = Instant.now();
        note.issueDate = LocalDate.now(PARIS);
        note.creditedId = invoice.id;
        note.buyerKind = invoice.buyerKind;
        note.buyerName = invoice.buyerName;
        note.buyerSiret = invoice.buyerSiret;
        note.buyerAddress = invoice.buyerAddress;
        note.buyerEmail = invoice.buyerEmail;
        note.orderNumber = invoice.orderNumber;
        note.serviceCode = invoice.serviceCode;
        note.vatRateBp = invoice.vatRateBp;
        note.reason = reason == null || reason.isBlank() ? null : reason.strip();
        for (BillingLine l : invoice.lines) {
            BillingLine line = new BillingLine();
            line.document = note;
            line.position = l.position;
            line.registrationId = l.registrationId;
            line.category = l.category;
            line.label = l.label;
            line.netCents = -l.netCents;
            line.vatCents = -l.vatCents;
            line.totalCents = -l.totalCents;
            note.lines.add(line);
        }
        note.netCents = -invoice.netCents;
        note.vatCents = -invoice.vatCents;
        note.totalCents = -invoice.totalCents;
        note.number = nextNumber(invoice.issuerSiret, "A", note.issueDate);
        em.persist(note);
        em.flush();
        events.issued(note);
        return note.id;
    }

    /** A quote (devis) for a registration not confirmed yet, or confirmed: what its payer will be invoiced. */
    @Transactional
    public UUID quote(UUID registrationId) {
        Registration r = registrations.findByIdOptional(registrationId)
                .orElseThrow(() -> ProblemException.notFound("Inscription introuvable."));
        if (Registration.CANCELLED.equals(r.status) || r.anonymisedAt != null) {
            throw ProblemException.businessRule("Cette inscription est annulée.");
        }
        if (r.feeCents <= 0) {
            throw ProblemException.businessRule("Cette inscription est gratuite : il n’y a rien à chiffrer.");
        }
        BillingSettings issuer = requireIssuer(r.congressId);
        BillingDocument d = newDocument(r.congressId, BillingDocument.QUOTE, issuer);
        buyer(d, List.of(r));
        addLine(d, 1, r, congresses.require(r.congressId), issuer.vatRateBp, 1);
        totals(d, issuer.vatRateBp);
        // a quote is valid for 30 days
        d.dueDate = d.issueDate.plusDays(30);
        d.number = nextNumber(issuer.siret, "D", d.issueDate);
        em.persist(d);
        return d.id;
    }

    private BillingSettings requireIssuer(UUID congressId) {
        BillingSettings issuer = em.find(BillingSettings.class, congressId);
        if (issuer == null) {
            throw ProblemException.businessRule(
                    "Renseignez d’abord l’émetteur des factures (nom, SIRET, adresse, TVA, délai de paiement).");
        }
        return issuer;
    }

    private List<UUID> registrationIds(UUID congressId, IssueRequest request) {
        boolean byIds = request.registrationIds() != null && !request.registrationIds().isEmpty();
        boolean bySiret = request.payerSiret() != null && !request.payerSiret().isBlank();
        if (byIds == bySiret) {
            throw ProblemException.invalidField("registrationIds",
                    "choisissez des inscriptions ou l’organisation qui paie (l’un ou l’autre)");
        }
        if (byIds) {
            return request.registrationIds().stream().distinct().toList();
        }
        String siret = Siret.normalise(request.payerSiret());
        String problem = Siret.problem(siret);
        if (problem != null) {
            throw ProblemException.invalidField("payerSiret", problem);
        }
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                select r.id from registration_payer p join registration r on r.id = p.registration_id
                where p.congress_id = ?1 and p.siret = ?2 and p.kind = 'ORGANISATION'
                  and r.status = 'CONFIRMED' and r.fee_cents > 0
                  and not exists (select 1 from billing_line l join billing_document d on d.id = l.document_id
                                  where l.registration_id = r.id and d.kind = 'INVOICE'
                                    and not exists (select 1 from billing_document c where c.credited_id = d.id))
                order by r.last_name, r.first_name, r.id""")
                .setParameter(1, congressId).setParameter(2, siret).getResultList();
        if (ids.isEmpty()) {
            throw ProblemException.invalidField("payerSiret",
                    "aucune inscription confirmée et non facturée n’est payée par cette organisation");
        }
        return ids;
    }

    private BillingDocument newDocument(UUID congressId, String kind, BillingSettings issuer) {
        BillingDocument d = new BillingDocument();
        d.id = UUID.randomUUID();
        d.congressId = congressId;
        d.kind = kind;
        d.issuerSiret = issuer.siret;
        try {
            d.issuer = json.writeValueAsString(IssuerSnapshot.of(issuer));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        d.issuedAt = Instant.now();
        d.issueDate = LocalDate.now(PARIS);
        d.vatRateBp = issuer.vatRateBp;
        return d;
    }

    /** The buyer: the organisation that pays (one for all the lines), else the participant themself. */
    private void buyer(BillingDocument d, List<Registration> billed) {
        List<Payer> organisations = billed.stream().map(r -> payers.find(r.id).filter(Payer::organisation).orElse(null))
                .toList();
        if (billed.size() > 1 && (organisations.contains(null)
                || organisations.stream().map(p -> p.siret).distinct().count() > 1)) {
            throw ProblemException.invalidField("registrationIds",
                    "une facture groupée réunit des inscriptions payées par la même organisation (même SIRET)");
        }
        Payer payer = organisations.get(0);
        if (payer == null) {
            Registration r = billed.get(0);
            d.buyerKind = PayerRequest.PARTICIPANT;
            d.buyerName = r.displayName().strip();
            d.buyerEmail = r.email;
            return;
        }
        List<String> orders = organisations.stream().map(p -> p.orderNumber).filter(Objects::nonNull).distinct().toList();
        List<String> services = organisations.stream().map(p -> p.serviceCode).filter(Objects::nonNull).distinct()
                .toList();
        if (orders.size() > 1 || services.size() > 1) {
            throw ProblemException.businessRule("Ces inscriptions portent des numéros d’engagement ou des codes "
                    + "service différents : émettez une facture par numéro.");
        }
        d.buyerKind = PayerRequest.ORGANISATION;
        d.buyerName = payer.name;
        d.buyerSiret = payer.siret;
        d.buyerAddress = payer.address + "\n" + payer.postcode + " " + payer.city;
        d.buyerEmail = payer.email;
        d.orderNumber = orders.isEmpty() ? null : orders.get(0);
        d.serviceCode = services.isEmpty() ? null : services.get(0);
    }

    private void addLine(BillingDocument d, int position, Registration r, Congress congress, Integer vatRateBp,
            int sign) {
        Category category = categories.findById(new Category.Key(r.congressId, r.category));
        BillingLine line = new BillingLine();
        line.document = d;
        line.position = position;
        line.registrationId = r.id;
        line.category = r.category;
        line.label = "Inscription de " + r.displayName().strip() + " au congrès « " + congress.title + " » ("
                + (category == null ? r.category : category.labelFr) + ")";
        line.totalCents = sign * r.feeCents;
        line.netCents = net(line.totalCents, vatRateBp);
        line.vatCents = line.totalCents - line.netCents;
        d.lines.add(line);
    }

    /**
     * Fees are what the participant pays, VAT included. The document's VAT is its net total times the rate, rounded
     * to the cent (EN 16931 BR-CO-17), and its total the net plus that VAT.
     */
    private static void totals(BillingDocument d, Integer vatRateBp) {
        d.netCents = d.lines.stream().mapToLong(l -> l.netCents).sum();
        d.vatCents = vatRateBp == null ? 0 : BigDecimal.valueOf(d.netCents).multiply(BigDecimal.valueOf(vatRateBp))
                .divide(BigDecimal.valueOf(10000), 0, RoundingMode.HALF_UP).longValueExact();
        d.totalCents = d.netCents + d.vatCents;
    }

    /** The net amount whose VAT, rounded, gives back the total when one exists. */
    static long net(long totalCents, Integer vatRateBp) {
        if (vatRateBp == null || vatRateBp == 0) {
            return totalCents;
        }
        long guess = BigDecimal.valueOf(totalCents).multiply(BigDecimal.valueOf(10000))
                .divide(BigDecimal.valueOf(10000L + vatRateBp), 0, RoundingMode.HALF_UP).longValueExact();
        for (long n = guess - 2; n <= guess + 2; n++) {
            long vat = BigDecimal.valueOf(n).multiply(BigDecimal.valueOf(vatRateBp))
                    .divide(BigDecimal.valueOf(10000), 0, RoundingMode.HALF_UP).longValueExact();
            if (n + vat == totalCents) {
                return n;
            }
        }
        return guess;
    }

    /** F-2027-00001: the series' next value under its row lock (the row is made on the issuer's first document). */
    String nextNumber(String issuerSiret, String series, LocalDate issueDate) {
        em.createNativeQuery("""
                insert into billing_counter (issuer_siret, series, last_value) values (?1, ?2, 0)
                on conflict do nothing""").setParameter(1, issuerSiret).setParameter(2, series).executeUpdate();
        long last = ((Number) em.createNativeQuery(
                "select last_value from billing_counter where issuer_siret = ?1 and series = ?2 for update")
                .setParameter(1, issuerSiret).setParameter(2, series).getSingleResult()).longValue();
        em.createNativeQuery("update billing_counter set last_value = ?3 where issuer_siret = ?1 and series = ?2")
                .setParameter(1, issuerSiret).setParameter(2, series).setParameter(3, last + 1).executeUpdate();
        return String.format("%s-%d-%05d", series, issueDate.getYear(), last + 1);
    }
}
