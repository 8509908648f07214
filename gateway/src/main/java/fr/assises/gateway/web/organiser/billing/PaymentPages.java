package fr.assises.gateway.web.organiser.billing;

import java.util.LinkedHashMap;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * One invoice's payments: those recorded so far, and a new one (transfer with its reference, administrative mandate,
 * cheque, on site; the day and the amount), refused by registration-service next to its field when it is above what
 * is due, dated tomorrow or a transfer without reference.
 */
@Path("/organisation/{slug}/facturation/factures/{id}/paiement")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class PaymentPages {

    /** What the payment form had typed. */
    public record PaymentForm(String means, String reference, String paidOn, String amount) {
    }

    @CheckedTemplate(basePath = "organiser/billing")
    static class Templates {
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
    public TemplateInstance form(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page(congress, id, new PaymentForm("TRANSFER", null, null, null), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response pay(@PathParam("slug") String slug, @PathParam("id") String id, @FormParam("means") String means,
            @FormParam("reference") String reference, @FormParam("paidOn") String paidOn,
            @FormParam("amount") String amount) {
        Dto.Congress congress = congresses.bySlug(slug);
        PaymentForm form = new PaymentForm(means, reference, paidOn, amount);
        Long cents = Amounts.cents(amount);
        if (cents == null) {
            FormErrors errors = new FormErrors(Map.of("amountCents",
                    BillingPages.words(visitor).amount_unreadable()), null);
            return Forms.html(422, page(congress, id, form, errors));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("means", means);
        body.put("reference", Forms.blankToNull(reference));
        body.put("paidOn", Forms.blankToNull(paidOn));
        body.put("amountCents", cents);
        return Forms.submit("registration", () -> {
            billing.pay(id, body);
            return BillingPages.back(congress, "paid");
        }, errors -> page(congress, id, form, errors));
    }

    private TemplateInstance page(Dto.Congress congress, String id, PaymentForm form, FormErrors errors) {
        BillingClient.Document invoice = billing.document(id);
        return Templates.payment(visitor.page(BillingPages.words(visitor).payment_page_title(invoice.number())),
                congress, invoice, form, errors).setLocale(visitor.locale());
    }
}
