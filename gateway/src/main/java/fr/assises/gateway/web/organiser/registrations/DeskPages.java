package fr.assises.gateway.web.organiser.registrations;

import java.net.URI;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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

/** One registration opened from the list: every field in words, the late-change mark, cancelling with a reason. */
@Path("/organisation/{slug}/inscriptions/{id: [0-9a-fA-F-]{36}}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class DeskPages {

    @CheckedTemplate(basePath = "organiser/registrations")
    static class Templates {
        static native TemplateInstance registration(Visitor.Page page, Dto.Congress congress, DeskClient.Detail r,
                Panel<Dto.Availability> availability, String cancelReason, String reason, FormErrors errors,
                String ok, Panel<DeskClient.Catering> catering);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    DeskClient desk;

    @Inject
    @RestClient
    RegistrationClient registration;

    @GET
    public TemplateInstance show(@PathParam("slug") String slug, @PathParam("id") String id,
            @QueryParam("ok") String ok) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page(congress, load(congress, id), null, FormErrors.none(), ok);
    }

    @POST
    @Path("annulation")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cancel(@PathParam("slug") String slug, @PathParam("id") String id,
            @FormParam("reason") String reason) {
        Dto.Congress congress = congresses.bySlug(slug);
        DeskClient.Detail r = load(congress, id);
        try {
            desk.cancel(id, Forms.blankToNull(reason));
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                FormErrors errors = FormErrors.from(e);
                FormErrors shown = new FormErrors(Map.of("reason", errors.has("reason") ? errors.get("reason")
                        : errors.inOneLine()), errors.general());
                return Forms.html(e.getResponse().getStatus() == 404 ? 404 : 422, page(congress, r, reason, shown,
                        null));
            }
            throw new ServiceUnavailable("registration");
        }
        return Response.seeOther(URI.create("/organisation/" + slug + "/inscriptions/" + id)).build();
    }

    private DeskClient.Detail load(Dto.Congress congress, String id) {
        DeskClient.Detail r;
        try {
            r = desk.get(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        if (!congress.congressId().equals(r.congressId())) {
            throw new NotFoundException();
        }
        return r;
    }

    private TemplateInstance page(Dto.Congress congress, DeskClient.Detail r, String reason, FormErrors errors,
            String ok) {
        String cancelReason = null;
        if ("CANCELLED".equals(r.status())) {
            Panel<Map<String, String>> why = Calls.panel("registration", () -> desk.cancelReason(r.id()));
            cancelReason = why.ok() ? why.data().get("reason") : null;
        }
        String name = r.anonymised() ? "—" : r.personOrEmpty().firstName() + " " + r.personOrEmpty().lastName();
        return Templates.registration(visitor.page(visitor.words(DeskMsg.class).registration_page(name,
                congress.title())), congress, r, Calls.panel("registration",
                        () -> registration.availability(congress.congressId())), cancelReason, reason, errors,
                "modifiee".equals(ok) || "ajoutee".equals(ok) ? ok : null,
                r.lateChange() ? Calls.panel("registration", () -> desk.catering(congress.congressId())) : null)
                .setLocale(visitor.locale());
    }
}
