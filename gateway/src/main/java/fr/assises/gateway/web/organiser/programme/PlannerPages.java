package fr.assises.gateway.web.organiser.programme;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
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
import fr.assises.gateway.clients.ProgrammeClient;
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
 * The planner of the draft programme: half-days × rooms, conflicts in the cells concerned; moving a session sends
 * it back whole with its version, so a stale page is refused.
 */
@Path("/organisation/{slug}/planning")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class PlannerPages {

    @CheckedTemplate(basePath = "organiser/programme")
    static class Templates {
        static native TemplateInstance planner(Visitor.Page page, Dto.Congress congress, Panel<Planner.Grid> grid,
                List<Dto.Conflict> conflicts, List<Authoring.RoomSwap> advice, String moved, String done,
                String error);
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
    AuthoringClient authoring;

    @GET
    public TemplateInstance planner(@PathParam("slug") String slug, @QueryParam("deplace") String moved,
            @QueryParam("ok") String done) {
        return plannerPage(congresses.bySlug(slug), moved, done, null);
    }

    /** Applies one room change programme-service advises, as it advised it (a stale advice is refused, 409). */
    @POST
    @Path("conseils")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response applyAdvice(@PathParam("slug") String slug, @FormParam("sessionId") String sessionId,
            @FormParam("suggestedRoomId") String roomId) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Refusals.run(() -> {
            authoring.applySwap(congress.congressId(), new Authoring.ApplySwap(sessionId, roomId));
            return Response.seeOther(URI.create("/organisation/" + slug + "/planning?ok=advice-applied&deplace="
                    + URLEncoder.encode(sessionId == null ? "" : sessionId, StandardCharsets.UTF_8) + "#s-"
                    + sessionId)).build();
        }, errors -> Forms.html(422, plannerPage(congress, null, null, errors.inOneLine())));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("slug") String slug, @FormParam("sessionId") String sessionId,
            @FormParam("halfDayCode") String halfDayCode, @FormParam("roomId") String roomId) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.HalfDay target = congress.halfDaysOrEmpty().stream().filter(h -> h.code().equals(halfDayCode))
                .findFirst().orElse(null);
        if (target == null || sessionId == null || sessionId.isBlank() || roomId == null || roomId.isBlank()) {
            return Forms.html(422, plannerPage(congress, null, null, visitor.words(AuthoringMsg.class)
                    .planner_cell_expected()));
        }
        try {
            Dto.PlannedSession session = programme.session(congress.congressId(), sessionId);
            programme.update(congress.congressId(), sessionId, Planner.moved(session, target, roomId));
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return Forms.html(422, plannerPage(congress, null, null, FormErrors.from(e).inOneLine()));
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
        return Response.seeOther(URI.create("/organisation/" + slug + "/planning?deplace="
                + URLEncoder.encode(sessionId, StandardCharsets.UTF_8) + "#s-" + sessionId)).build();
    }

    private TemplateInstance plannerPage(Dto.Congress congress, String moved, String done, String error) {
        List<Dto.Conflict> conflicts = Calls.panel("programme",
                () -> programme.conflicts(congress.congressId())).dataOr(List.of());
        Panel<Planner.Grid> grid = Calls.panel("programme", () -> Planner.grid(congress,
                programme.rooms(congress.congressId()), programme.sessions(congress.congressId()),
                conflicts));
        List<Authoring.RoomSwap> advice = Calls.panel("programme", () -> authoring.advice(congress.congressId()))
                .dataOr(new Authoring.Advice(List.of())).swaps();
        return Templates.planner(visitor.page(visitor.words(AuthoringMsg.class).planner_page(congress.title())), congress,
                grid, conflicts, advice, moved, done, error).setLocale(visitor.locale());
    }
}
