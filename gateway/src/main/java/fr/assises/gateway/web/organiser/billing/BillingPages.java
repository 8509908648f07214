package fr.assises.gateway.web.organiser.billing;

import java.net.URI;
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
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;

/**
 * The committee's billing for one congress: the issuer in one line, the invoices and credit notes with their
 * follow-up (filtered by status), one grouped invoice for everything an organisation pays, credit notes, overdue
 * reminders sent from here, the PDF, Factur-X and the accountant's payments export.
 */
@Path("/organisation/{slug}/facturation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class BillingPages {

    static final List<String> STATUSES = List.of("EXPECTED", "PARTLY_PAID", "PAID", "OVERDUE", "CREDITED");

    @CheckedTemplate(basePath = "organiser/billing")
    static class Templates {
        static native TemplateInstance billing(Visitor.Page page, Dto.Congress congress,
                Panel<List<BillingClient.Document>> documents, Panel<BillingClient.Issuer> issuer,
                Panel<BillingClient.Reminders> reminders, String status, List<String> statuses, String payerSiret,
                FormErrors errors, String done, Integer reminded);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    BillingClient billing;

    static BillMsg words(Visitor visitor) {
        return MessageBundles.get(BillMsg.class, Localized.Literal.of(visitor.language()));
    }

    static Response back(Dto.Congress congress, String done) {
        return Response.seeOther(URI.create("/organisation/" + congress.slug() + "/facturation?ok=" + done)).build();
    }

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("statut") String status,
            @QueryParam("ok") String done, @QueryParam("relances") Integer reminded) {
        Dto.Congress congress = congresses.bySlug(slug);
        String filter = status != null && STATUSES.contains(status) ? status : null;
        return page(congress, filter, null, FormErrors.none(), done, reminded);
    }

    /** One invoice for every confirmed, not yet invoiced registration the organisation with this SIRET pays. */
    @POST
    @Path("factures")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response issue(@PathParam("slug") String slug, @FormParam("payerSiret") String siret) {
        Dto.Congress congress = congresses.bySlug(slug);
        String typed = Forms.blankToNull(siret);
        return Forms.submit("registration", () -> {
            billing.issue(congress.congressId(), Map.of("payerSiret", typed == null ? "" : typed.strip()));
            return back(congress, "issued");
        }, errors -> page(congress, null, siret, errors.fields().containsKey("registrationIds")
                ? new FormErrors(Map.of("payerSiret", errors.get("registrationIds")), errors.general()) : errors,
                null, null));
    }

    @POST
    @Path("factures/{id}/avoir")
    public Response creditNote(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Forms.submit("registration", () -> {
            BillingClient.Document invoice = billing.document(id);
            billing.creditNote(id, Map.of("reason", words(visitor).credit_reason(invoice.number())));
            return back(congress, "credited");
        }, errors -> page(congress, null, null, errors, null, null));
    }

    @POST
    @Path("relances")
    public Response remind(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Forms.submit("registration", () -> {
            BillingClient.Reminders sent = billing.sendReminders(congress.congressId());
            return Response.seeOther(URI.create("/organisation/" + congress.slug() + "/facturation?relances="
                    + sent.invoices())).build();
        }, errors -> page(congress, null, null, errors, null, null));
    }

    private TemplateInstance page(Dto.Congress congress, String status, String payerSiret, FormErrors errors,
            String done, Integer reminded) {
        return Templates.billing(visitor.page(words(visitor).page_title(congress.title())), congress,
                Calls.panel("registration", () -> billing.documents(congress.congressId(), status)),
                Calls.panel("registration", () -> billing.issuer(congress.congressId())),
                Calls.panel("registration", () -> billing.remindersDue(congress.congressId())), status, STATUSES,
                payerSiret, errors, done, reminded).setLocale(visitor.locale());
    }
}
