package fr.assises.gateway.web.publicpages;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Msg;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Programmes;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** Pages anyone can read: the congresses, a congress's home and its published programme. */
@Path("/")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PublicPages {

    @CheckedTemplate(basePath = "publicpages")
    static class Templates {
        static native TemplateInstance home(Visitor.Page page, Panel<List<Dto.Congress>> congresses);

        static native TemplateInstance congress(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.Availability> availability);

        static native TemplateInstance programme(Visitor.Page page, Dto.Congress congress,
                Panel<List<Programmes.Block>> blocks, Programmes.Filters filters, String theme, String room,
                String kind, int count);
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
    RegistrationClient registration;

    @GET
    public TemplateInstance home() {
        Panel<List<Dto.Congress>> congresses = Calls.panel("programme", programme::congresses);
        return Templates.home(visitor.page(visitor.words(Msg.class).home_title()), congresses)
                .setLocale(visitor.locale());
    }

    @GET
    @Path("congres/{slug}")
    public TemplateInstance congress(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Panel<Dto.Availability> availability = Calls.panel("registration",
                () -> registration.availability(congress.congressId()));
        return Templates.congress(visitor.page(congress.title()), congress, availability).setLocale(visitor.locale());
    }

    @GET
    @Path("congres/{slug}/programme")
    public TemplateInstance programme(@PathParam("slug") String slug, @QueryParam("theme") String theme,
            @QueryParam("room") String room, @QueryParam("kind") String kind) {
        Dto.Congress congress = congresses.bySlug(slug);
        String t = Forms.blankToNull(theme);
        String r = Forms.blankToNull(room);
        String k = Forms.blankToNull(kind);
        Panel<List<Dto.Session>> all = Calls.panel("programme",
                () -> Programmes.sessions(programme.programme(slug, null, null, null)));
        // filtering is programme-service's job; the unfiltered call only lists the values the filters offer
        Panel<List<Dto.Session>> shown = t == null && r == null && k == null ? all
                : Calls.panel("programme", () -> Programmes.sessions(programme.programme(slug, t, r, k)));
        Programmes.Filters filters = Programmes.filters(all.ok() ? all.data() : List.of());
        Panel<List<Programmes.Block>> blocks = shown.ok()
                ? Panel.of("programme", Programmes.byHalfDay(congress, shown.data()))
                : Panel.unavailable("programme");
        int count = shown.ok() ? shown.data().size() : 0;
        return Templates.programme(visitor.page("Programme – " + congress.title()),
                congress, blocks, filters, t, r, k, count).setLocale(visitor.locale());
    }
}
