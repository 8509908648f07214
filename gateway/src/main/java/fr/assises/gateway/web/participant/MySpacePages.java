package fr.assises.gateway.web.participant;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
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

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.participant.billing.MyInvoicesClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Msg;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Programmes;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * My space: one card per congress (my current registration, else the last one I cancelled, with a way to register
 * again), my programme, badge, data and the way to my personal survey; my calendar feed.
 */
@Path("/espace")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class MySpacePages {

    @CheckedTemplate(basePath = "participant")
    static class Templates {
        static native TemplateInstance mySpace(Visitor.Page page, Panel<List<MyRegistration>> registrations,
                String flash, Panel<ParticipantClient.CalendarFeed> feed, String feedUrl, String contact);

        static native TemplateInstance staffSpace(Visitor.Page page);
    }

    /**
     * One registration with what the page shows around it: the waiting-list place in words, whether changes are
     * closed (and since when) and whether the survey may be open.
     */
    public record MyRegistration(Dto.Registration registration, Dto.Congress congress, List<MySession> sessions,
            String waitlistRank, String frozenSince, String changesUntil, boolean surveyShown,
            List<MyInvoicesClient.MyDocument> invoices, ParticipantClient.CertificateStatus certificate) {

        public boolean cancelled() {
            return !registration.active();
        }

        /** First on the congress's waiting list: « en tête », no ordinal. */
        public boolean firstWaiting() {
            return waitlistRank != null && registration.waitlistPosition() == 1L;
        }
    }

    /** A session of mine, with its place in the programme when known and my waiting-list place in words. */
    public record MySession(String sessionId, String title, String kind, OffsetDateTime start,
            OffsetDateTime end, String roomName, String status, String waitlistRank) {
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

    @Inject
    @RestClient
    ParticipantClient participant;

    @Inject
    @RestClient
    MyInvoicesClient invoices;

    @Inject
    @RestClient
    RegistrationSettingsClient custom;

    @ConfigProperty(name = "assises.gateway.privacy-contact", defaultValue = "comite@assises.example")
    String contact;

    @GET
    public TemplateInstance mySpace(@QueryParam("ok") String flash) {
        if (!visitor.hasRole("participant")) {
            // registration-service answers 403 to anyone else: say so instead of calling it a service failure
            return Templates.staffSpace(visitor.page(visitor.words(Msg.class).my_space_title())).setLocale(visitor.locale());
        }
        Panel<List<MyRegistration>> mine = Calls.panel("registration", () -> {
            Map<String, Dto.Congress> byId = new HashMap<>();
            Calls.panel("programme", programme::congresses).dataOr(List.of())
                    .forEach(c -> byId.put(c.congressId(), c));
            List<MyRegistration> result = new ArrayList<>();
            for (Dto.Registration r : onePerCongress(registration.mine())) {
                result.add(view(r, byId.get(r.congressId())));
            }
            return result;
        });
        Panel<ParticipantClient.CalendarFeed> feed = Calls.panel("registration", participant::calendarFeed);
        String feedUrl = feed.ok() && feed.data() != null ? absolute(feed.data().path()) : null;
        return Templates.mySpace(visitor.page(visitor.words(Msg.class).my_space_title()), mine, flash, feed, feedUrl,
                contact).setLocale(visitor.locale());
    }

    /**
     * Per congress, the registration in force, else the last one cancelled: two cards with the same title would
     * not say which one counts (older ones stay in the data download).
     */
    static List<Dto.Registration> onePerCongress(List<Dto.Registration> all) {
        Map<String, Dto.Registration> chosen = new LinkedHashMap<>();
        for (Dto.Registration r : all) {
            Dto.Registration kept = chosen.get(r.congressId());
            if (kept == null || r.active() || !kept.active() && newer(r, kept)) {
                chosen.put(r.congressId(), r);
            }
        }
        return new ArrayList<>(chosen.values());
    }

    private static boolean newer(Dto.Registration a, Dto.Registration b) {
        return a.createdAt() == null || b.createdAt() == null || !a.createdAt().isBefore(b.createdAt());
    }

    private MyRegistration view(Dto.Registration r, Dto.Congress congress) {
        String lang = visitor.language();
        String rank = r.waitlistPosition() == null || !"WAITLISTED".equals(r.status()) ? null
                : Ranks.ordinal(r.waitlistPosition(), lang);
        if (!r.active()) {
            return new MyRegistration(r, congress, List.of(), null, null, null, false, List.of(), null);
        }
        RegistrationSettingsClient.Settings settings = Calls.panel("registration", () -> custom.settings(r.congressId()))
                .dataOr(null);
        String frozenSince = settings != null && settings.frozen()
                ? Formats.dateTime(settings.freezeAt(), visitor.locale()) : null;
        String until = settings != null && settings.freezeAt() != null && frozenSince == null
                ? Formats.dateTime(settings.freezeAt(), visitor.locale()) : null;
        // evaluation-service has no read that says whether the survey is open without minting a link: offered once
        // the congress has begun, to confirmed people only, and its own answer still decides
        boolean survey = congress != null && congress.startDate() != null && "CONFIRMED".equals(r.status())
                && !LocalDate.now(Formats.PARIS).isBefore(congress.startDate());
        // registration-service decides when the certificate may be downloaded and says why not: shown as it says
        ParticipantClient.CertificateStatus certificate = "CONFIRMED".equals(r.status())
                ? Calls.panel("registration", () -> participant.certificate(r.id())).dataOr(null) : null;
        return new MyRegistration(r, congress, mySessions(r, congress), rank, frozenSince, until, survey,
                Calls.panel("registration", () -> invoices.invoices(r.id())).dataOr(List.of()), certificate);
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

    private MySession chosen(Dto.Session s, String sessionId, String title, String kind, String status,
            Long waitlistPosition) {
        String rank = waitlistPosition == null ? null : Ranks.ordinal(waitlistPosition, visitor.language());
        return s == null
                ? new MySession(sessionId, title == null ? sessionId : title, kind, null, null, null, status, rank)
                : new MySession(s.sessionId(), s.title(), s.kind(), s.start(), s.end(), s.roomName(), status, rank);
    }

    private String absolute(String path) {
        return path == null ? null : visitor.baseUrl() + path;
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
