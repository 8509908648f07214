package fr.assises.gateway.web.organiser.editions;

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
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * A change of status (open, close registration, archive) as an explicit action: a page that says in words what
 * changes for participants, then one button. programme-service decides which moves are allowed.
 */
@Path("/organisation/{slug}/statut/{target}")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class StatusPages {

    @CheckedTemplate(basePath = "organiser/editions")
    static class Templates {
        static native TemplateInstance statusChange(Visitor.Page page, Dto.Congress congress, String target,
                long version, FormErrors errors);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @Inject
    @RestClient
    EditionsClient editions;

    @GET
    public TemplateInstance confirm(@PathParam("slug") String slug, @PathParam("target") String target) {
        Dto.Congress congress = congresses.bySlug(slug);
        return render(congress, known(target), currentVersion(congress), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response change(@PathParam("slug") String slug, @PathParam("target") String target,
            @FormParam("version") String version) {
        Dto.Congress congress = congresses.bySlug(slug);
        String status = known(target);
        Long read = parse(version);
        try {
            editions.changeStatus(congress.congressId(), new EditionsClient.StatusRequest(status, read));
            return EditionFields.seeOther("/organisation/" + slug + "?ok=" + status);
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                FormErrors refused = FormErrors.from(e);
                return Forms.html(e.getResponse().getStatus() == 409 ? 409 : 422, render(congress, status,
                        currentVersion(congress), new FormErrors(Map.of("confirm", refused.inOneLine()),
                                refused.general())));
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    private static String known(String target) {
        if (!EditionFields.STATUSES.contains(target) || "DRAFT".equals(target)) {
            throw new NotFoundException();
        }
        return target;
    }

    private static Long parse(String version) {
        try {
            return version == null ? null : Long.valueOf(version.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private long currentVersion(Dto.Congress congress) {
        try {
            return programme.setup(congress.congressId()).version();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    private TemplateInstance render(Dto.Congress congress, String target, long version, FormErrors errors) {
        String title = visitor.words(EditionsMsg.class).status_title(congress.title());
        return Templates.statusChange(visitor.page(title), congress, target, version, errors)
                .setLocale(visitor.locale());
    }
}
