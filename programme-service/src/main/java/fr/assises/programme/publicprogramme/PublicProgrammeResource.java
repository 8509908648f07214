package fr.assises.programme.publicprogramme;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import fr.assises.programme.congress.CongressDtos.PublicCongressView;
import fr.assises.programme.congress.CongressService;
import fr.assises.programme.publicprogramme.PublicProgrammeDtos.PublicProgramme;
import fr.assises.programme.release.ReleaseService.ReleaseView;

/** What anyone may read without logging in: congresses and their latest released programme. */
@Path("/api/programme/public/congresses")
@PermitAll
public class PublicProgrammeResource {

    public static final String TEXT_CALENDAR = "text/calendar";

    @Inject
    CongressService congresses;

    @Inject
    PublicProgrammeService programme;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<PublicCongressView> open() {
        return congresses.listOpen();
    }

    @GET
    @Path("{slug}")
    @Produces(MediaType.APPLICATION_JSON)
    public PublicCongressView congress(@PathParam("slug") String slug) {
        return congresses.publicBySlug(slug);
    }

    @GET
    @Path("{slug}/programme")
    @Produces(MediaType.APPLICATION_JSON)
    public PublicProgramme programme(@PathParam("slug") String slug, @QueryParam("theme") String theme,
            @QueryParam("room") String room, @QueryParam("kind") String kind) {
        return programme.programme(slug, new PublicProgrammeService.Filter(theme, room, kind));
    }

    @GET
    @Path("{slug}/programme.ics")
    @Produces(TEXT_CALENDAR)
    public Response calendar(@PathParam("slug") String slug) {
        return Response.ok(programme.ics(slug), TEXT_CALENDAR + "; charset=utf-8")
                .header("Content-Disposition", "inline; filename=\"" + slug + ".ics\"")
                .build();
    }

    @GET
    @Path("{slug}/releases")
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReleaseView> releases(@PathParam("slug") String slug) {
        return programme.releases(slug);
    }
}
