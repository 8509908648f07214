package fr.assises.gateway.web.participant.billing;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.web.organiser.billing.BillMsg;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * A participant asks for a quote (devis) for their employer, before or after confirmation: registration-service
 * makes it from the fee and the payer, or says why not (no issuer yet, a free registration), shown on the page.
 */
@Path("/espace/inscriptions/{id: [0-9a-fA-F-]{36}}/devis")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class MyQuotePages {

    @CheckedTemplate(basePath = "participant/billing")
    static class Templates {
        static native TemplateInstance quote(Visitor.Page page, String registrationId, FormErrors errors);
    }

    @Inject
    Visitor visitor;

    @Inject
    @RestClient
    MyInvoicesClient invoices;

    @GET
    public TemplateInstance form(@PathParam("id") String id) {
        return page(id, FormErrors.none());
    }

    @POST
    public Response quote(@PathParam("id") String id) {
        return Forms.submit("registration", () -> {
            invoices.quote(id);
            return Response.seeOther(URI.create("/espace?ok=quote")).build();
        }, errors -> page(id, errors));
    }

    private TemplateInstance page(String id, FormErrors errors) {
        BillMsg words = MessageBundles.get(BillMsg.class, Localized.Literal.of(visitor.language()));
        return Templates.quote(visitor.page(words.quote_link()), id, errors).setLocale(visitor.locale());
    }
}
