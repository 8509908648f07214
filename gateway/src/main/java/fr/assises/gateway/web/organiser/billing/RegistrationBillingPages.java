package fr.assises.gateway.web.organiser.billing;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * One registration's billing, opened from its page on the registrations desk: who pays (changed here later, the
 * service's refusals next to the fields), its invoices, credit notes and quotes, its own invoice or a quote issued
 * from here, and its attendance certificate once the person was checked in.
 */
@Path("/organisation/{slug}/facturation/inscriptions/{id: [0-9a-fA-F-]{36}}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class RegistrationBillingPages {

    static final List<String> PAYER_FIELDS = List.of("name", "siret", "address", "postcode", "city", "email",
            "orderNumber", "serviceCode");

    @CheckedTemplate(basePath = "organiser/billing")
    static class Templates {
        static native TemplateInstance registrationBilling(Visitor.Page page, Dto.Congress congress,
                BillingClient.Registration registration, BillingClient.Payer payer,
                Panel<List<BillingClient.Document>> documents, FormErrors errors, String done);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BillingClient billing;

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @PathParam("id") String id,
            @QueryParam("ok") String done) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page(congress, id, null, FormErrors.none(), done);
    }

    /** Who pays, sent whole; an organisation's details are checked by registration-service (SIRET key, e-mail…). */
    @POST
    @Path("payeur")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response payer(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        boolean organisation = "ORGANISATION".equals(fields.getFirst("payer_kind"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", organisation ? "ORGANISATION" : "PARTICIPANT");
        if (organisation) {
            PAYER_FIELDS.forEach(f -> body.put(f, Forms.blankToNull(fields.getFirst("payer_" + f))));
        }
        BillingClient.Payer typed = new BillingClient.Payer((String) body.get("kind"),
                fields.getFirst("payer_name"), fields.getFirst("payer_siret"), fields.getFirst("payer_address"),
                fields.getFirst("payer_postcode"), fields.getFirst("payer_city"), fields.getFirst("payer_email"),
                fields.getFirst("payer_orderNumber"), fields.getFirst("payer_serviceCode"));
        return Forms.submit("registration", () -> {
            billing.savePayer(id, body);
            return back(congress, id, "payer");
        }, errors -> page(congress, id, typed, errors, null));
    }

    @POST
    @Path("facture")
    public Response issue(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Forms.submit("registration", () -> {
            billing.issue(congress.congressId(), Map.of("registrationIds", List.of(id)));
            return back(congress, id, "issued");
        }, errors -> page(congress, id, null, errors, null));
    }

    @POST
    @Path("devis")
    public Response quote(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Forms.submit("registration", () -> {
            billing.quote(id);
            return back(congress, id, "quote");
        }, errors -> page(congress, id, null, errors, null));
    }

    private static Response back(Dto.Congress congress, String id, String done) {
        return Response.seeOther(URI.create("/organisation/" + congress.slug() + "/facturation/inscriptions/" + id
                + "?ok=" + done)).build();
    }

    private TemplateInstance page(Dto.Congress congress, String id, BillingClient.Payer typed, FormErrors errors,
            String done) {
        BillingClient.Registration registration;
        BillingClient.Payer payer;
        try {
            registration = billing.registration(id);
            payer = typed != null ? typed : billing.payer(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("registration");
        }
        if (!congress.congressId().equals(registration.congressId())) {
            throw new NotFoundException();
        }
        Panel<List<BillingClient.Document>> documents = Calls.panel("registration",
                () -> billing.documents(congress.congressId(), null).stream().filter(d -> d.bills(id)).toList());
        return Templates.registrationBilling(visitor.page(BillingPages.words(visitor)
                .registration_page_title(registration.name())), congress, registration, payer, documents, errors, done)
                .setLocale(visitor.locale());
    }
}
