package fr.assises.gateway.web.participant;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Programmes;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** My space: my registrations with my programme and badge, and the way to my personal survey. */
@Path("/espace")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class MySpacePages {

    @CheckedTemplate(basePath = "participant")
    static class Templates {
        static native TemplateInstance mySpace(Visitor.Page page, Panel<List<MyRegistration>> registrations,
                String flash);
    }

    /** One registration with what the page shows around it. */
    public record MyRegistration(Dto.Registration registration, Dto.Congress congress, List<MySession> sessions) {
    }

    /** A workshop or meal of mine, with its place in the programme when known. */
    public record MySession(String sessionId, String title, String kind, OffsetDateTime start,
            OffsetDateTime end, String roomName, String status, Integer waitlistPosition) {
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @GET
    public TemplateInstance mySpace(@QueryParam("ok") String flash) {
        Panel<List<MyRegistration>> mine = Calls.panel("registration", () -> {
            List<Dto.Registration> registrations = registration.mine();
            Map<String, Dto.Congress> byId = new HashMap<>();
            Calls.panel("programme", programme::congresses).dataOr(List.of())
                    .forEach(c -> byId.put(c.congressId(), c));
            List<MyRegistration> result = new ArrayList<>();
            for (Dto.Registration r : registrations) {
                Dto.Congress congress = byId.get(r.congressId());
                result.add(new MyRegistration(r, congress, mySessions(r, congress)));
            }
            return result;
        });
        return Templates.mySpace(visitor.page(visitor.t("Mon espace", "My space")), mine, flash)
                .setLocale(visitor.locale());
    }

    /**
     * My programme: the common sessions (plenaries, forum, round tables…) of the days I attend, plus the workshops
     * and meals I chose, with their status.
     */
    private List<MySession> mySessions(Dto.Registration r, Dto.Congress congress) {
        List<Dto.Session> programmeSessions = congress == null || congress.slug() == null ? List.of()
                : Calls.panel("programme", () -> Programmes.sessions(programme.programme(congress.slug(), null, null, null)))
                        .dataOr(List.of());
        Map<String, Dto.Session> byId = new HashMap<>();
        programmeSessions.forEach(s -> byId.put(s.sessionId(), s));
        List<MySession> mine = new ArrayList<>();
        Set<String> days = new LinkedHashSet<>();
        r.daysOrEmpty().forEach(d -> days.add(d.toString()));
        for (Dto.Session s : programmeSessions) {
            boolean chosenOnly = "WORKSHOP".equals(s.kind()) || "MEAL".equals(s.kind());
            if (!chosenOnly && !s.cancelled() && s.start() != null
                    && days.contains(s.start().atZoneSameInstant(Formats.PARIS).toLocalDate().toString())) {
                mine.add(new MySession(s.sessionId(), s.title(), s.kind(), s.start(), s.end(), s.roomName(), null, null));
            }
        }
        for (Dto.WorkshopChoiceView w : r.workshopsOrEmpty()) {
            mine.add(chosen(byId.get(w.sessionId()), w.sessionId(), w.title(), "WORKSHOP", w.status(), w.waitlistPosition()));
        }
        for (Dto.MealChoice m : r.mealsOrEmpty()) {
            mine.add(chosen(byId.get(m.sessionId()), m.sessionId(), m.title(), "MEAL", m.status(), m.waitlistPosition()));
        }
        mine.sort(Comparator.comparing(MySession::start, Comparator.nullsLast(Comparator.naturalOrder())));
        return mine;
    }

    private static MySession chosen(Dto.Session s, String sessionId, String title, String kind, String status,
            Long waitlistPosition) {
        Integer position = waitlistPosition == null ? null : waitlistPosition.intValue();
        return s == null
                ? new MySession(sessionId, title == null ? sessionId : title, kind, null, null, null, status, position)
                : new MySession(s.sessionId(), s.title(), s.kind(), s.start(), s.end(), s.roomName(), status, position);
    }

    /** My personal survey link, minted by evaluation-service, then the survey page it opens. */
    @GET
    @Path("enquete/{slug}")
    public Response survey(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.MySurvey mine;
        try {
            mine = evaluation.mySurvey(congress.congressId());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 403 || status == 404 || status == 422) {
                return Response.seeOther(URI.create("/espace?ok=survey-closed")).build();
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        if (mine.answered() || mine.token() == null) {
            return Response.seeOther(URI.create("/espace?ok=survey-done")).build();
        }
        return Response.seeOther(URI.create("/enquete/" + mine.token())).build();
    }
}
