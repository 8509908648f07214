package fr.assises.gateway.web.organiser.programme;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The congress's themes (code, name, description), each edited in place on one page like the rooms; a theme
 * still attached to a session cannot be deleted (programme-service's 409 shown next to it).
 */
@Path("/organisation/{slug}/thematiques")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class ThemePages {

    @CheckedTemplate(basePath = "organiser/programme")
    static class Templates {
        static native TemplateInstance themes(Visitor.Page page, Dto.Congress congress,
                Panel<List<Authoring.Theme>> themes, Kept kept, FormErrors errors, String done);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    AuthoringClient authoring;

    @GET
    public TemplateInstance list(@PathParam("slug") String slug, @QueryParam("ok") String done) {
        return page(congresses.bySlug(slug), Kept.none(), FormErrors.none(), done);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Kept kept = new Kept("newTheme", fields);
        return Refusals.run(() -> {
            authoring.createTheme(congress.congressId(), request(fields, null));
            return back(slug, "theme-created", "");
        }, errors -> Forms.html(422, page(congress, kept, prefixed("newTheme", errors), null)));
    }

    @POST
    @Path("{themeId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, @PathParam("themeId") String themeId,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String form = "theme-" + themeId;
        Kept kept = new Kept(form, fields);
        return Refusals.run(() -> {
            authoring.updateTheme(congress.congressId(), themeId, request(fields, fields.getFirst("version")));
            return back(slug, "theme-saved", "#" + form);
        }, errors -> Forms.html(422, page(congress, kept, prefixed(form, errors), null)));
    }

    @POST
    @Path("{themeId}/suppression")
    public Response delete(@PathParam("slug") String slug, @PathParam("themeId") String themeId) {
        Dto.Congress congress = congresses.bySlug(slug);
        String form = "theme-" + themeId;
        return Refusals.run(() -> {
            authoring.deleteTheme(congress.congressId(), themeId);
            return back(slug, "theme-deleted", "");
        }, errors -> Forms.html(409, page(congress, Kept.none(),
                new FormErrors(Map.of(form + "-general", errors.inOneLine()), null), null)));
    }

    /**
     * The refusal on the fields of the form sent, keyed {@code form-field} (several theme forms share the page);
     * a refusal without a field goes on {@code form-general}.
     */
    private static FormErrors prefixed(String form, FormErrors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> fields.put(form + "-" + field, message));
        if (fields.isEmpty()) {
            fields.put(form + "-general", errors.general());
        }
        return new FormErrors(fields, null);
    }

    private static Authoring.ThemeRequest request(MultivaluedMap<String, String> fields, String version) {
        Long v;
        try {
            v = version == null ? null : Long.valueOf(version);
        } catch (NumberFormatException e) {
            v = null;
        }
        String code = fields.getFirst("code");
        String name = fields.getFirst("name");
        return new Authoring.ThemeRequest(code == null ? "" : code.trim(), name == null ? "" : name.trim(),
                Forms.blankToNull(fields.getFirst("description")), v);
    }

    private static Response back(String slug, String done, String anchor) {
        return Response.seeOther(URI.create("/organisation/" + slug + "/thematiques?ok=" + done + anchor)).build();
    }

    private TemplateInstance page(Dto.Congress congress, Kept kept, FormErrors errors, String done) {
        return Templates.themes(visitor.page(visitor.words(AuthoringMsg.class).themes_page(congress.title())), congress,
                Calls.panel("programme", () -> authoring.themes(congress.congressId())), kept, errors, done)
                .setLocale(visitor.locale());
    }
}
