package fr.assises.gateway.web.organiser.programme;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * Creating, editing, cancelling and deleting a session of the draft programme, from the planner: every field of
 * programme-service's SessionRequest, its refusals next to the fields and what was typed kept.
 */
@Path("/organisation/{slug}/planning/seances")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class SessionPages {

    /** What the form offers: half-days, rooms, speakers, themes, the series of parallel workshops. */
    public record Choices(List<Dto.HalfDay> halfDays, List<Dto.Room> rooms, List<Authoring.Speaker> speakers,
            List<Authoring.Theme> themes, List<Series> series) {
    }

    /** A series of parallel workshops, named by its slot and its workshops. */
    public record Series(String id, String label) {
    }

    @CheckedTemplate(basePath = "organiser/programme")
    static class Templates {
        static native TemplateInstance session(Visitor.Page page, Dto.Congress congress, Dto.PlannedSession session,
                SessionForm form, Choices choices, FormErrors errors);
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
    @Path("nouvelle")
    public TemplateInstance newSession(@PathParam("slug") String slug, @QueryParam("demi-journee") String halfDay,
            @QueryParam("salle") String room) {
        Dto.Congress congress = congresses.bySlug(slug);
        return page(congress, null, SessionForm.blank(halfDay, room), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        SessionForm form = SessionForm.typed(fields);
        return save(congress, null, form, () -> authoring.createSession(congress.congressId(),
                form.request(congress.halfDaysOrEmpty())), "session-created");
    }

    @GET
    @Path("{sessionId}")
    public TemplateInstance edit(@PathParam("slug") String slug, @PathParam("sessionId") String sessionId) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.PlannedSession session = session(congress, sessionId);
        return page(congress, session, SessionForm.of(session), FormErrors.none());
    }

    @POST
    @Path("{sessionId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, @PathParam("sessionId") String sessionId,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.PlannedSession session = session(congress, sessionId);
        SessionForm form = SessionForm.typed(fields);
        return save(congress, session, form, () -> authoring.updateSession(congress.congressId(), sessionId,
                form.request(congress.halfDaysOrEmpty())), "session-saved");
    }

    @POST
    @Path("{sessionId}/annulation")
    public Response cancel(@PathParam("slug") String slug, @PathParam("sessionId") String sessionId) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.PlannedSession session = session(congress, sessionId);
        return Refusals.run(() -> {
            authoring.cancelSession(congress.congressId(), sessionId);
            return back(slug, "session-cancelled", sessionId);
        }, errors -> Forms.html(409, page(congress, session, SessionForm.of(session), general(errors))));
    }

    @POST
    @Path("{sessionId}/suppression")
    public Response delete(@PathParam("slug") String slug, @PathParam("sessionId") String sessionId) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.PlannedSession session = session(congress, sessionId);
        return Refusals.run(() -> {
            authoring.deleteSession(congress.congressId(), sessionId);
            return back(slug, "session-deleted", null);
        }, errors -> Forms.html(409, page(congress, session, SessionForm.of(session), general(errors))));
    }

    private Response save(Dto.Congress congress, Dto.PlannedSession session, SessionForm form, Runnable call,
            String done) {
        Map<String, String> unreadable = form.unreadable(congress.halfDaysOrEmpty(), visitor.words(AuthoringMsg.class));
        if (!unreadable.isEmpty()) {
            return Forms.html(422, page(congress, session, form, new FormErrors(unreadable, null)));
        }
        return Refusals.run(() -> {
            call.run();
            return back(congress.slug(), done, session == null ? null : session.id());
        }, errors -> Forms.html(422, page(congress, session, form, onFields(errors))));
    }

    /** The service's refusal on the form's fields: {@code seriesId} is the series list, the rest keep their names. */
    private static FormErrors onFields(FormErrors errors) {
        Map<String, String> fields = new LinkedHashMap<>();
        errors.fields().forEach((field, message) -> fields.merge("seriesId".equals(field) ? "series" : field, message,
                (a, b) -> a + " " + b));
        return new FormErrors(fields, errors.general());
    }

    private static FormErrors general(FormErrors errors) {
        return new FormErrors(Map.of(), errors.inOneLine());
    }

    private static Response back(String slug, String done, String sessionId) {
        return Response.seeOther(URI.create("/organisation/" + slug + "/planning?ok=" + done
                + (sessionId == null ? "" : "#s-" + sessionId))).build();
    }

    private Dto.PlannedSession session(Dto.Congress congress, String sessionId) {
        try {
            return programme.session(congress.congressId(), sessionId);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    private TemplateInstance page(Dto.Congress congress, Dto.PlannedSession session, SessionForm form,
            FormErrors errors) {
        Choices choices;
        try {
            List<Dto.PlannedSession> all = programme.sessions(congress.congressId());
            choices = new Choices(congress.halfDaysOrEmpty(), programme.rooms(congress.congressId()),
                    authoring.speakers(congress.congressId()), authoring.themes(congress.congressId()),
                    series(congress, all));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
        AuthoringMsg words = visitor.words(AuthoringMsg.class);
        String title = session == null ? words.session_new_page(congress.title())
                : words.session_page(session.title(), congress.title());
        return Templates.session(visitor.page(title), congress, session, form, choices, errors)
                .setLocale(visitor.locale());
    }

    /** The series of the draft, each named by its half-day, its times and how many workshops it holds. */
    private List<Series> series(Dto.Congress congress, List<Dto.PlannedSession> sessions) {
        Map<String, List<Dto.PlannedSession>> bySeries = new LinkedHashMap<>();
        sessions.stream().filter(s -> s.seriesId() != null && !"CANCELLED".equals(s.status()))
                .forEach(s -> bySeries.computeIfAbsent(s.seriesId(), k -> new ArrayList<>()).add(s));
        List<Series> list = new ArrayList<>();
        AuthoringMsg words = visitor.words(AuthoringMsg.class);
        bySeries.forEach((id, members) -> {
            Dto.PlannedSession first = members.get(0);
            list.add(new Series(id, words.series_label(first.halfDayCode(), Formats.hm(first.start()),
                    Formats.hm(first.end()), members.size(), first.title())));
        });
        return list;
    }
}
