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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Who issues the congress's invoices: identity, SIRET, VAT or its exemption, payment terms, mentions, bank details. */
@Path("/organisation/{slug}/facturation/emetteur")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class IssuerPages {

    @CheckedTemplate(basePath = "organiser/billing")
    static class Templates {
        static native TemplateInstance issuer(Visitor.Page page, Dto.Congress congress, Map<String, Object> form,
                FormErrors errors);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BillingClient billing;

    @GET
    public TemplateInstance form(@PathParam("slug") String slug) {
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
                throw new ServiceUnavailable("registration");
            }
            // the usual case of an association organising a congress, for the committee to change if it is not theirs
            form.put("vatExemption", "TVA non applicable, art. 293 B du CGI");
            form.put("paymentDays", 30);
        }
        return page(congress, form, FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("slug") String slug, @FormParam("name") String name,
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
        // « 5,5 » is sent as a number; what is not one goes as typed, for the service to refuse next to its field
        Object rate = Amounts.decimal((String) form.get("vatRate"));
        body.put("vatRate", rate == null ? form.get("vatRate") : rate);
        body.put("paymentDays", Amounts.integer((String) form.get("paymentDays")));
        return Forms.submit("registration", () -> {
            billing.saveIssuer(congress.congressId(), body);
            return BillingPages.back(congress, "issuer");
        }, errors -> page(congress, form, errors));
    }

    private TemplateInstance page(Dto.Congress congress, Map<String, Object> form, FormErrors errors) {
        return Templates.issuer(visitor.page(BillingPages.words(visitor).issuer_page_title(congress.title())),
                congress, form, errors).setLocale(visitor.locale());
    }
}
