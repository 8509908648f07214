package fr.assises.gateway.web.organiser.checkin;

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
import fr.assises.gateway.clients.RegistrationClient;
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

/** The check-in desk at the entrance, usable on a phone: a badge code typed or scanned, and the arrivals so far. */
@Path("/organisation/{slug}/accueil")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class CheckInPages {

    @CheckedTemplate(basePath = "organiser/checkin")
    static class Templates {
        static native TemplateInstance checkIn(Visitor.Page page, Dto.Congress congress, String token,
                Dto.CheckinResult result, String error, Panel<Dto.ArrivalCounts> arrivals);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    RegistrationClient registration;

    @GET
    public TemplateInstance checkInForm(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return checkInPage(congress, null, null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("slug") String slug, @FormParam("token") String token) {
        Dto.Congress congress = congresses.bySlug(slug);
        String typed = token == null ? "" : token.trim();
        try {
            Dto.CheckinResult result = registration.checkIn(congress.congressId(),
                    new Dto.CheckinRequest(typed));
            return Forms.html(200, checkInPage(congress, null, result, null));
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                FormErrors errors = FormErrors.from(e);
                String message = errors.has("token") ? errors.get("token") : errors.general();
                return Forms.html(422, checkInPage(congress, typed, null, message));
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private TemplateInstance checkInPage(Dto.Congress congress, String token, Dto.CheckinResult result,
            String error) {
        return Templates.checkIn(visitor.page(visitor.t("Accueil – ", "Check-in – ") + congress.title()), congress,
                token, result, error,
                Calls.panel("registration", () -> registration.arrivals(congress.congressId())))
                .setLocale(visitor.locale());
    }
}
