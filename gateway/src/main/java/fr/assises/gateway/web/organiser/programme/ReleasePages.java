package fr.assises.gateway.web.organiser.programme;

import java.net.URI;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The programme's releases: what publishing now would change since the last release, a confirmation page saying
 * what participants will see, the publication, and the history of releases with their changelogs.
 */
@Path("/organisation/{slug}/versions")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class ReleasePages {

    @CheckedTemplate(basePath = "organiser/programme")
    static class Templates {
        static native TemplateInstance releases(Visitor.Page page, Dto.Congress congress,
                Panel<Authoring.Preview> preview, Panel<List<Authoring.Release>> history, Integer published);

        static native TemplateInstance publish(Visitor.Page page, Dto.Congress congress,
                Panel<Authoring.Preview> preview, String refusal);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    AuthoringClient authoring;

    @GET
    public TemplateInstance releases(@PathParam("slug") String slug, @QueryParam("publiee") Integer published) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Templates.releases(visitor.page(visitor.words(AuthoringMsg.class).releases_page(
                congress.title())), congress, preview(congress),
                Calls.panel("programme", () -> authoring.releases(congress.congressId())), published)
                .setLocale(visitor.locale());
    }

    /** The confirmation page: the changelog again and what publishing changes for participants. */
    @GET
    @Path("publication")
    public TemplateInstance confirm(@PathParam("slug") String slug) {
        return confirmPage(congresses.bySlug(slug), null);
    }

    @POST
    @Path("publication")
    public Response publish(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Refusals.run(() -> {
            authoring.publish(congress.congressId());
            List<Authoring.Release> releases = authoring.releases(congress.congressId());
            int number = releases.stream().mapToInt(Authoring.Release::number).max().orElse(0);
            return Response.seeOther(URI.create("/organisation/" + slug + "/versions?publiee=" + number)).build();
        }, errors -> Forms.html(422, confirmPage(congress, errors.inOneLine())));
    }

    private TemplateInstance confirmPage(Dto.Congress congress, String refusal) {
        return Templates.publish(visitor.page(visitor.words(AuthoringMsg.class).publish_page(
                congress.title())), congress, preview(congress), refusal).setLocale(visitor.locale());
    }

    private Panel<Authoring.Preview> preview(Dto.Congress congress) {
        return Calls.panel("programme", () -> authoring.preview(congress.congressId()));
    }
}
