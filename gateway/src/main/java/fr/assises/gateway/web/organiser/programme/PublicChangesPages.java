package fr.assises.gateway.web.organiser.programme;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * For anyone who already read the programme: what each published release changed since the one before, newest
 * first (programme-service's public releases; drafts never show). Linked from the public programme page.
 */
@Path("/congres/{slug}/programme/changements")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PublicChangesPages {

    @CheckedTemplate(basePath = "organiser/programme")
    static class Templates {
        static native TemplateInstance changes(Visitor.Page page, Dto.Congress congress,
                Panel<List<Authoring.Release>> releases);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    AuthoringClient authoring;

    @GET
    public TemplateInstance changes(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Templates.changes(visitor.page(visitor.words(AuthoringMsg.class).public_changes_page(
                congress.title())), congress, Calls.panel("programme", () -> authoring.publicReleases(slug)))
                .setLocale(visitor.locale());
    }
}
