package fr.assises.gateway;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * registration-service's billing (BillingResource) as the gateway sees it, for the demo congress: the issuer, invoices
 * numbered F-2027-00001…, credit notes A-…, payments never above what is due, with the service's refusals on the
 * same fields (siret with its Luhn key, reference of a transfer, amountCents). One registration,
 * {@link #REGISTRATION}, is confirmed and not invoiced yet; the employer {@link #EMPLOYER_SIRET} pays for it.
 */
final class StandInBilling {

    /** Sacha Exemple's registration (StandInDesk): confirmed, Professionnel, 120 €. */
    static final String REGISTRATION = StandInDesk.SACHA;
    static final String EMPLOYER_SIRET = "21300000000017";

    private volatile JsonObject issuer;
    private final Map<String, JsonObject> payers = new ConcurrentHashMap<>();
    private final List<JsonObject> documents = new CopyOnWriteArrayList<>();
    private final Map<String, String> invoiced = new ConcurrentHashMap<>();
    private final AtomicInteger invoices = new AtomicInteger();
    private final AtomicInteger notes = new AtomicInteger();
    private final AtomicInteger quotes = new AtomicInteger();

    void register(Router router) {
        router.get("/api/registration/congresses/:id/manage/billing/settings").handler(this::issuer);
        router.put("/api/registration/congresses/:id/manage/billing/settings").handler(this::saveIssuer);
        router.get("/api/registration/congresses/:id/manage/invoices/reminders").handler(rc -> reminders(rc, false));
        router.post("/api/registration/congresses/:id/manage/invoices/reminders").handler(rc -> reminders(rc, true));
        router.get("/api/registration/congresses/:id/manage/invoices").handler(this::list);
        router.post("/api/registration/congresses/:id/manage/invoices").handler(this::issue);
        router.get("/api/registration/manage/invoices/:id").handler(this::get);
        router.post("/api/registration/manage/invoices/:id/credit-note").handler(this::creditNote);
        router.post("/api/registration/manage/invoices/:id/payments").handler(this::pay);
        router.get("/api/registration/me/registrations/:id/invoices").handler(this::mine);
        router.post("/api/registration/me/registrations/:id/quote").handler(rc -> {
            if (StandInServices.authorised(rc, "participant")) {
                quote(rc, rc.pathParam("id"));
            }
        });
        router.post("/api/registration/manage/registrations/:id/quote").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                quote(rc, rc.pathParam("id"));
            }
        });
        router.get("/api/registration/manage/registrations/:id/payer").handler(rc -> {
            if (StandInServices.authorised(rc, "organiser")) {
                StandInServices.json(rc, payers.getOrDefault(rc.pathParam("id"), new JsonObject().put("kind", "PARTICIPANT")));
            }
        });
        router.put("/api/registration/manage/registrations/:id/payer").handler(this::savePayer);
        router.post("/api/registration/congresses/:id/registrations").handler(this::payerOfARegistration);
    }

    /** A registration's payer is checked with the rest of the form: a wrong one is refused on its fields. */
    private void payerOfARegistration(RoutingContext rc) {
        JsonObject payer = rc.body().asJsonObject().getJsonObject("payer");
        JsonArray errors = payer == null ? new JsonArray() : payerErrors(payer);
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, errors.size() + " informations sont à corriger.", errors);
            return;
        }
        rc.next();
    }

    private void savePayer(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "organiser")) {
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        JsonArray errors = payerErrors(body);
        if (!errors.isEmpty()) {
            StandInServices.problem(rc, 400, errors.size() == 1 ? errors.getJsonObject(0).getString("message")
                    : errors.size() + " informations sont à corriger.", errors);
            return;
        }
        JsonObject saved = "ORGANISATION".equals(body.getString("kind")) ? body.copy()
                .put("siret", body.getString("siret").replace(" ", "")) : new JsonObject().put("kind", "PARTICIPANT");
        payers.put(rc.pathParam("id"), saved);
        StandInServices.json(rc, saved);
    }

    /** Payers.check's rules: an organisation's name, SIRET with its key, address, postcode, town and e-mail. */
    private static JsonArray payerErrors(JsonObject p) {
        JsonArray errors = new JsonArray();
        if (!"ORGANISATION".equals(p.getString("kind"))) {
            return errors;
        }
        if (blank(p.getString("name"))) {
            errors.add(error("payer.name", "le nom de l’organisation qui paie est obligatoire"));
        }
        String siret = p.getString("siret") == null ? "" : p.getString("siret").replace(" ", "");
        if (!luhn(siret)) {
            errors.add(error("payer.siret", "ce SIRET n’existe pas (clé de contrôle fausse) : vérifiez les chiffres"));
        }
        if (blank(p.getString("address"))) {
            errors.add(error("payer.address", "l’adresse de facturation est obligatoire"));
        }
        if (blank(p.getString("postcode")) || !p.getString("postcode").strip().matches("\\d{5}")) {
            errors.add(error("payer.postcode", "un code postal compte 5 chiffres"));
        }
        if (blank(p.getString("city"))) {
            errors.add(error("payer.city", "la commune est obligatoire"));
        }
        if (blank(p.getString("email"))) {
            errors.add(error("payer.email", "l’adresse électronique de facturation est obligatoire"));
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private void quote(RoutingContext rc, String registration) {
        if (issuer == null) {
            StandInServices.problem(rc, 422, "Renseignez d’abord l’émetteur des factures (nom, SIRET, adresse, TVA, délai de paiement).", null);
            return;
        }
        JsonObject d = document("QUOTE", String.format("D-2027-%05d", quotes.incrementAndGet()), 12000, null);
        d.getJsonArray("lines").getJsonObject(0).put("registrationId", registration);
        documents.add(d);
        rc.response().setStatusCode(201);
        StandInServices.json(rc, view(d));
    }

    /** A participant's own documents: those billing the registration asked for (not grouped in this stand-in). */
    private void mine(RoutingContext rc) {
        if (!StandInServices.authorised(rc, "participant")) {
            return;
        }
        String registration = rc.pathParam("id");
        JsonArray answer = new JsonArray();
        documents.stream().filter(d -> d.getJsonArray("lines").getJsonObject(0).getString("registrationId")
                .equals(registration)).map(this::view).forEach(d -> answer.add(
                new JsonObject().put("id", d.getString("id")).put("kind", d.getString("kind"))
                        .put("number", d.getString("number")).put("issueDate", d.getString("issueDate"))
                        .put("dueDate", d.getString("dueDate")).put("buyerName", d.getJsonObject("buyer").getString("name"))
                        .put("orderNumber", d.getJsonObject("buyer").getString("orderNumber"))
                        .put("totalCents", d.getLong("totalCents")).put("ownCents", d.getLong("totalCents"))
                        .put("status", d.getString("status")).put("grouped", false)
                        .put("creditNoteNumber", d.getString("creditNoteNumber"))));
        StandInServices.json(rc, answer);
    }

    private void issuer(RoutingContext rc) {
        if (issuer == null) {
            StandInServices.problem(rc, 404, "L’émetteur des factures de ce congrès n’est pas encore renseigné.", null);
            return;
        }
        StandInServices.json(rc, issuer);
    }

    private void saveIssuer(RoutingContext rc) {
        JsonObject body = rc.body().asJsonObject();
        String siret = body.getString("siret");
        if (siret == null || !luhn(siret.replace(" ", ""))) {
            StandInServices.problem(rc, 400, "ce SIRET n’existe pas (clé de contrôle fausse) : vérifiez les chiffres",
                    new JsonArray().add(error("siret", "ce SIRET n’existe pas (clé de contrôle fausse) : vérifiez les chiffres")));
            return;
        }
        issuer = new JsonObject().put("congressId", rc.pathParam("id")).put("name", body.getString("name"))
                .put("siret", siret.replace(" ", "")).put("address", body.getString("address"))
                .put("vatRate", body.getValue("vatRate")).put("vatExemption", body.getString("vatExemption"))
                .put("paymentDays", body.getInteger("paymentDays", 30))
                .put("lateMentions", body.getString("lateMentions") == null ? "En cas de retard de paiement, pénalités et indemnité forfaitaire de 40 €." : body.getString("lateMentions"))
                .put("iban", body.getString("iban")).put("bic", body.getString("bic"));
        StandInServices.json(rc, issuer);
    }

    private void list(RoutingContext rc) {
        String status = rc.queryParams().get("status");
        JsonArray answer = new JsonArray();
        documents.stream().map(this::view).filter(d -> status == null || status.equals(d.getString("status")))
                .forEach(answer::add);
        StandInServices.json(rc, answer);
    }

    private void issue(RoutingContext rc) {
        JsonObject body = rc.body().asJsonObject();
        if (issuer == null) {
            StandInServices.problem(rc, 422, "Renseignez d’abord l’émetteur des factures (nom, SIRET, adresse, TVA, délai de paiement).", null);
            return;
        }
        JsonArray ids = body.getJsonArray("registrationIds");
        String siret = body.getString("payerSiret");
        String registration = ids != null && !ids.isEmpty() ? ids.getString(0)
                : EMPLOYER_SIRET.equals(siret) ? REGISTRATION : null;
        if (registration == null || !REGISTRATION.equals(registration)) {
            String field = ids != null && !ids.isEmpty() ? "registrationIds" : "payerSiret";
            StandInServices.problem(rc, 400, "aucune inscription confirmée et non facturée n’est payée par cette organisation",
                    new JsonArray().add(error(field, "aucune inscription confirmée et non facturée n’est payée par cette organisation")));
            return;
        }
        if (invoiced.containsKey(registration)) {
            StandInServices.problem(rc, 409, "Cette inscription est déjà facturée : émettez d’abord un avoir.", null);
            return;
        }
        JsonObject d = document("INVOICE", String.format("F-2027-%05d", invoices.incrementAndGet()), 12000, null);
        invoiced.put(registration, d.getString("id"));
        documents.add(d);
        rc.response().setStatusCode(201).putHeader("Location", "/api/registration/manage/invoices/" + d.getString("id"));
        StandInServices.json(rc, view(d));
    }

    private void get(RoutingContext rc) {
        JsonObject d = find(rc.pathParam("id"));
        if (d == null) {
            StandInServices.problem(rc, 404, "Document introuvable.", null);
            return;
        }
        StandInServices.json(rc, view(d));
    }

    private void creditNote(RoutingContext rc) {
        JsonObject invoice = find(rc.pathParam("id"));
        if (invoice == null || !"INVOICE".equals(invoice.getString("kind"))) {
            StandInServices.problem(rc, 404, "Facture introuvable.", null);
            return;
        }
        if (creditOf(invoice) != null) {
            StandInServices.problem(rc, 409, "Cette facture est déjà annulée par un avoir.", null);
            return;
        }
        JsonObject note = document("CREDIT_NOTE", String.format("A-2027-%05d", notes.incrementAndGet()),
                -invoice.getLong("totalCents"), invoice.getString("id"));
        documents.add(note);
        invoiced.values().remove(invoice.getString("id"));
        rc.response().setStatusCode(201);
        StandInServices.json(rc, view(note));
    }

    private void pay(RoutingContext rc) {
        JsonObject invoice = find(rc.pathParam("id"));
        if (invoice == null || !"INVOICE".equals(invoice.getString("kind"))) {
            StandInServices.problem(rc, 404, "Facture introuvable.", null);
            return;
        }
        JsonObject body = rc.body().asJsonObject();
        long amount = body.getLong("amountCents") == null ? 0 : body.getLong("amountCents");
        if ("TRANSFER".equals(body.getString("means")) && (body.getString("reference") == null)) {
            StandInServices.problem(rc, 400, "la référence du virement est obligatoire",
                    new JsonArray().add(error("reference", "la référence du virement est obligatoire")));
            return;
        }
        long due = view(invoice).getLong("dueCents");
        if (amount <= 0 || amount > due) {
            StandInServices.problem(rc, amount <= 0 ? 400 : 422, "le montant dépasse le reste à payer",
                    new JsonArray().add(error("amountCents", amount <= 0 ? "le montant est positif"
                            : "le montant dépasse le reste à payer")));
            return;
        }
        invoice.getJsonArray("payments").add(new JsonObject().put("id", UUID.randomUUID().toString())
                .put("means", body.getString("means")).put("reference", body.getString("reference"))
                .put("paidOn", body.getString("paidOn")).put("amountCents", amount)
                .put("recordedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()));
        rc.response().setStatusCode(201);
        StandInServices.json(rc, view(invoice));
    }

    private void reminders(RoutingContext rc, boolean send) {
        StandInServices.json(rc, new JsonObject().put("invoices", 0).put("mails", 0));
    }

    private JsonObject find(String id) {
        return documents.stream().filter(d -> d.getString("id").equals(id)).findFirst().orElse(null);
    }

    private JsonObject creditOf(JsonObject invoice) {
        return documents.stream().filter(d -> invoice.getString("id").equals(d.getString("creditedId"))).findFirst()
                .orElse(null);
    }

    private JsonObject document(String kind, String number, long total, String credited) {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Paris"));
        return new JsonObject().put("id", UUID.randomUUID().toString()).put("congressId", StandInServices.CONGRESS_ID)
                .put("kind", kind).put("number", number)
                .put("issuedAt", OffsetDateTime.now(ZoneOffset.UTC).toString()).put("issueDate", today.toString())
                .put("dueDate", "CREDIT_NOTE".equals(kind) ? null : today.plusDays(30).toString())
                .put("creditedId", credited)
                .put("buyer", new JsonObject().put("kind", "ORGANISATION").put("name", "Communauté de communes du Val d'Essai")
                        .put("siret", EMPLOYER_SIRET).put("address", "1 place de la Mairie\n99000 Val-d'Essai")
                        .put("email", "comptabilite@val-essai.exemple.test").put("orderNumber", "EJ-2027-0042")
                        .put("serviceCode", "SERV-FORMATION"))
                .put("netCents", total).put("vatCents", 0).put("totalCents", total).put("vatRate", null)
                .put("vatExemption", "TVA non applicable, art. 293 B du CGI").put("reason", null)
                .put("lines", new JsonArray().add(new JsonObject().put("position", 1).put("registrationId", REGISTRATION)
                        .put("category", "PROFESSIONNEL")
                        .put("label", "Inscription de Sacha Exemple au congrès « Congrès 2027 » (Professionnel)")
                        .put("netCents", total).put("vatCents", 0).put("totalCents", total)))
                .put("payments", new JsonArray());
    }

    /** The document with its follow-up, as BillingReads computes it. */
    private JsonObject view(JsonObject d) {
        JsonObject v = d.copy();
        long paid = d.getJsonArray("payments").stream().mapToLong(p -> ((JsonObject) p).getLong("amountCents")).sum();
        JsonObject note = "INVOICE".equals(d.getString("kind")) ? creditOf(d) : null;
        String status = !"INVOICE".equals(d.getString("kind")) ? "ISSUED" : note != null ? "CREDITED"
                : paid >= d.getLong("totalCents") ? "PAID" : paid > 0 ? "PARTLY_PAID" : "EXPECTED";
        v.put("creditNoteId", note == null ? null : note.getString("id"))
                .put("creditNoteNumber", note == null ? null : note.getString("number"))
                .put("paidCents", paid)
                .put("dueCents", "INVOICE".equals(d.getString("kind")) && note == null
                        ? Math.max(0, d.getLong("totalCents") - paid) : 0)
                .put("status", status);
        return v;
    }

    private static JsonObject error(String field, String message) {
        return new JsonObject().put("field", field).put("message", message);
    }

    private static boolean luhn(String digits) {
        if (!digits.matches("\\d{14}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 14; i++) {
            int d = digits.charAt(13 - i) - '0';
            if (i % 2 == 1) {
                d = d * 2 > 9 ? d * 2 - 9 : d * 2;
            }
            sum += d;
        }
        return sum % 10 == 0;
    }
}
