package fr.assises.gateway.web.organiser.billing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The committee's billing: the issuer of the invoices, the invoices and credit notes with their follow-up
 * (filtered by status), issuing one for a registration or for every registration an organisation pays, recording a
 * payment, a credit note, overdue reminders, the PDF, Factur-X and the accountant's export.
 */
@Path("/organisation/{slug}/facturation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class BillingPages {

    static final List<String> STATUSES = List.of("EXPECTED", "PARTLY_PAID", "PAID", "OVERDUE", "CREDITED");

    /** What the issue form had typed. */
    public record IssueForm(String payerSiret, String registrationId) {
    }

    /** What the payment form had typed. */
    public record PaymentForm(String means, String reference, String paidOn, String amount) {
    }

    @CheckedTemplate(basePath = "organiser/billing")
    static class Templates {
        static native TemplateInstance billing(Visitor.Page page, Dto.Congress congress,
                Panel<List<BillingClient.Document>> documents, Panel<BillingClient.Issuer> issuer, String status,
                List<String> statuses, IssueForm issue, FormErrors errors, String done, Integer reminded);

        static native TemplateInstance issuer(Visitor.Page page, Dto.Congress congress, Map<String, Object> form,
                FormErrors errors);

        static native TemplateInstance payment(Visitor.Page page, Dto.Congress congress,
                BillingClient.Document invoice, PaymentForm form, FormErrors errors);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BillingClient billing;

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("statut") String status,
            @QueryParam("ok") String done, @QueryParam("relances") Integer reminded) {
        Dto.Congress congress = congresses.bySlug(slug);
        String filter = status != null && STATUSES.contains(status) ? status : null;
        return page(congress, filter, new IssueForm(null, null), FormErrors.none(), done, reminded);
    }

    @POST
    @Path("factures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("slug") String slug, @FormParam("payerSiret") String siret,
            @FormParam("registrationId") String registrationId) {
        Dto.Congress congress = congresses.bySlug(slug);
        IssueForm form = new IssueForm(siret, registrationId);
        Map<String, Object> body = new LinkedHashMap<>();
        if (Forms.blankToNull(siret) != null) {
            body.put("payerSiret", siret.strip());
        }
        if (Forms.blankToNull(registrationId) != null) {
            body.put("registrationIds", List.of(registrationId.strip()));
        }
        return Forms.submit("registration", () -> {
            billing.issue(congress.congressId(), body);
            return back(congress, "issued");
        }, errors -> page(congress, null, form, errors, null, null));
    }

    @POST
    @Path("factures/{id}/avoir")
    public Response creditNote(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Forms.submit("registration", () -> {
            billing.creditNote(id, Map.of("reason", visitor.t("Annulation de la facture", "Invoice cancelled")));
            return back(congress, "credited");
        }, errors -> page(congress, null, new IssueForm(null, null), errors, null, null));
    }

    @POST
    @Path("relances")
    public Response remind(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Forms.submit("registration", () -> {
            BillingClient.Reminders sent = billing.sendReminders(congress.congressId());
            return Response.seeOther(URI.create("/organisation/" + congress.slug() + "/facturation?relances="
                    + sent.invoices())).build();
        }, errors -> page(congress, null, new IssueForm(null, null), errors, null, null));
    }

    @GET
    @Path("factures/{id}/paiement")
    public TemplateInstance paymentForm(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        return paymentPage(congress, id, new PaymentForm("TRANSFER", null, null, null), FormErrors.none());
    }

    @POST
    @Path("factures/{id}/paiement")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("slug") String slug, @PathParam("id") String id, @FormParam("means") String means,
            @FormParam("reference") String reference, @FormParam("paidOn") String paidOn,
            @FormParam("amount") String amount) {
        Dto.Congress congress = congresses.bySlug(slug);
        PaymentForm form = new PaymentForm(means, reference, paidOn, amount);
        Long cents = Amounts.cents(amount);
        if (cents == null) {
            FormErrors errors = new FormErrors(Map.of("amountCents",
                    visitor.t("Saisissez un montant en euros, par exemple 180,00.", "Type an amount in euros, e.g. 180.00.")),
                    null);
            return Forms.html(422, paymentPage(congress, id, form, errors));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("means", means);
        body.put("reference", Forms.blankToNull(reference));
        body.put("paidOn", Forms.blankToNull(paidOn));
        body.put("amountCents", cents);
        return Forms.submit("registration", () -> {
            billing.pay(id, body);
            return back(congress, "paid");
        }, errors -> paymentPage(congress, id, form, errors));
    }

    @GET
    @Path("emetteur")
    public TemplateInstance issuerForm(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Map<String, Object> form = new LinkedHashMap<>();
        try {
            BillingClient.Issuer i = billing.issuer(congress.congressId());
            form.put("name", i.name());
            form.put("siret", i.siret());
            form.put("address", i.address());
            form.put("vatRate", i.vatRate() == null ? null : i.vatRate().toPlainString().replace('.', ','));
            form.put("vatExemption", i.vatExemption());
            form.put("paymentDays", i.paymentDays());
            form.put("lateMentions", i.lateMentions());
            form.put("iban", i.iban());
            form.put("bic", i.bic());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() != 404) {
                throw e;
            }
            form.put("vatExemption", "TVA non applicable, art. 293 B du CGI");
            form.put("paymentDays", 30);
        }
        return issuerPage(congress, form, FormErrors.none());
    }

    @POST
    @Path("emetteur")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveIssuer(@PathParam("slug") String slug, @FormParam("name") String name,
            @FormParam("siret") String siret, @FormParam("address") String address,
            @FormParam("vatRate") String vatRate, @FormParam("vatExemption") String vatExemption,
            @FormParam("paymentDays") String paymentDays, @FormParam("lateMentions") String lateMentions,
            @FormParam("iban") String iban, @FormParam("bic") String bic) {
        Dto.Congress congress = congresses.bySlug(slug);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("name", Forms.blankToNull(name));
        form.put("siret", Forms.blankToNull(siret));
        form.put("address", Forms.blankToNull(address));
        form.put("vatRate", Forms.blankToNull(vatRate));
        form.put("vatExemption", Forms.blankToNull(vatExemption));
        form.put("paymentDays", Forms.blankToNull(paymentDays));
        form.put("lateMentions", Forms.blankToNull(lateMentions));
        form.put("iban", Forms.blankToNull(iban));
        form.put("bic", Forms.blankToNull(bic));
        Map<String, Object> body = new LinkedHashMap<>(form);
        body.put("vatRate", Amounts.decimal((String) form.get("vatRate")));
        body.put("paymentDays", Amounts.integer((String) form.get("paymentDays")));
        return Forms.submit("registration", () -> {
            billing.saveIssuer(congress.congressId(), body);
            return back(congress, "issuer");
        }, errors -> issuerPage(congress, form, errors));
    }

    private Response back(Dto.Congress congress, String done) {
        return Response.seeOther(URI.create("/organisation/" + congress.slug() + "/facturation?ok=" + done)).build();
    }

    private TemplateInstance page(Dto.Congress congress, String status, IssueForm issue, FormErrors errors,
            String done, Integer reminded) {
        return Templates.billing(visitor.page(visitor.t("Facturation – ", "Billing – ") + congress.title()), congress,
                Calls.panel("registration", () -> billing.documents(congress.congressId(), status)),
                Calls.panel("registration", () -> billing.issuer(congress.congressId())), status, STATUSES, issue,
                errors, done, reminded).setLocale(visitor.locale());
    }

    private TemplateInstance issuerPage(Dto.Congress congress, Map<String, Object> form, FormErrors errors) {
        return Templates.issuer(visitor.page(visitor.t("Émetteur des factures – ", "Invoice issuer – ")
                + congress.title()), congress, form, errors).setLocale(visitor.locale());
    }

    private TemplateInstance paymentPage(Dto.Congress congress, String id, PaymentForm form, FormErrors errors) {
        BillingClient.Document invoice = billing.document(id);
        return Templates.payment(visitor.page(visitor.t("Paiement – ", "Payment – ") + invoice.number()), congress,
                invoice, form, errors).setLocale(visitor.locale());
    }
}
