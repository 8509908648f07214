package fr.assises.gateway.web.organiser.catering;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Catering: the meal counts frozen for the caterer (by registration-service on the freeze date, or now on demand)
 * and every later change against them, with the caterer's CSV.
 */
@Path("/organisation/{slug}/restauration")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class CateringPages {

    @CheckedTemplate(basePath = "organiser/catering")
    static class Templates {
        static native TemplateInstance catering(Visitor.Page page, Dto.Congress congress,
                Panel<CateringClient.View> catering, boolean frozenNow, String error);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    CateringClient catering;

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @QueryParam("ok") String ok) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page(congress, "frozen".equals(ok), null);
    }

    /** Freezes now, then back to the page (303), so a reload does not freeze again. */
    @POST
    @Path("gel")
    public Response freeze(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        try {
            catering.freeze(congress.congressId());
            return Response.seeOther(URI.create("/organisation/" + congress.slug() + "/restauration?ok=frozen")).build();
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return Forms.html(422, page(congress, false, FormErrors.from(e).inOneLine()));
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private TemplateInstance page(Dto.Congress congress, boolean frozenNow, String error) {
        return Templates.catering(visitor.page(visitor.words(CateringMsg.class).page_title(congress.title())),
                congress, Calls.panel("registration", () -> catering.view(congress.congressId())), frozenNow, error)
                .setLocale(visitor.locale());
    }
}
