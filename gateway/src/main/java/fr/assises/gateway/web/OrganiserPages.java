package fr.assises.gateway.web;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.BudgetClient;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/** The organising committee's console: set-up, planner, registrations, check-in, budget, survey results. */
@Path("/organisation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class OrganiserPages {

    @CheckedTemplate(basePath = "Pages")
    static class Templates {
        static native TemplateInstance congressChoice(Visitor.Page page, Panel<List<Dto.Congress>> congresses,
                String base);

        static native TemplateInstance console(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.RegistrationStats> stats, Panel<Dto.BudgetSummary> budget);

        static native TemplateInstance planner(Visitor.Page page, Dto.Congress congress, Panel<Grid> grid,
                List<Dto.Conflict> conflicts, String moved, String error);

        static native TemplateInstance registrations(Visitor.Page page, Dto.Congress congress,
                Panel<List<Dto.RegistrationRow>> rows, String q, String status, String category);

        static native TemplateInstance checkIn(Visitor.Page page, Dto.Congress congress, String token,
                Dto.CheckIn result, String error);

        static native TemplateInstance budgetEditor(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.BudgetSummary> budget, String flash, String error);

        static native TemplateInstance results(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.EvaluationResults> results);
    }

    /** The planner: half-days (rows) × rooms (columns); each cell holds its sessions and their conflicts. */
    public record Grid(List<Dto.HalfDay> halfDays, List<Dto.Room> rooms, List<Row> rows) {
    }

    public record Row(Dto.HalfDay halfDay, List<Cell> cells) {
    }

    public record Cell(Dto.Room room, List<PlannedSession> sessions) {
    }

    public record PlannedSession(Dto.Session session, List<Dto.Conflict> conflicts) {
        public boolean conflicting() {
            return !conflicts.isEmpty();
        }
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

    @Inject
    @RestClient
    BudgetClient budget;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @GET
    public TemplateInstance choose() {
        return Templates.congressChoice(visitor.page(t("Console d'organisation", "Organisers' console")),
                Calls.panel("programme", programme::congresses), "/organisation/").setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance console(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        return Templates.console(visitor.page(congress.title()), congress,
                Calls.panel("registration", () -> registration.stats(auth, congress.congressId())),
                Calls.panel("budget", () -> budget.summary(auth, congress.congressId())))
                .setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}/planning")
    public TemplateInstance planner(@PathParam("slug") String slug, @QueryParam("deplace") String moved,
            @QueryParam("erreur") String error) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Panel<List<Dto.Conflict>> conflicts = Calls.panel("programme",
                () -> Programmes.conflicts(programme.conflicts(auth, congress.congressId())));
        List<Dto.Conflict> conflictList = conflicts.dataOr(List.of());
        Panel<Grid> grid = Calls.panel("programme",
                () -> grid(congress, programme.sessions(auth, congress.congressId()), conflictList));
        return Templates.planner(visitor.page(t("Planning", "Planner") + " – " + congress.title()), congress, grid,
                conflictList, moved, error).setLocale(visitor.locale());
    }

    @POST
    @Path("{slug}/planning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("slug") String slug, @FormParam("sessionId") String sessionId,
            @FormParam("halfDayCode") String halfDayCode, @FormParam("roomId") String roomId) {
        Dto.Congress congress = congresses.bySlug(slug);
        String target = "/organisation/" + slug + "/planning";
        try {
            programme.move(visitor.authorization(), congress.congressId(), sessionId,
                    new Dto.SessionMove(halfDayCode, roomId));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw new ServiceUnavailable("programme");
            }
            FormErrors errors = FormErrors.from(e);
            String message = errors.general() != null ? errors.general() : String.join(" ", errors.fields().values());
            return Response.seeOther(URI.create(target + "?erreur=" + encode(message) + "#s-" + sessionId)).build();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
        return Response.seeOther(URI.create(target + "?deplace=" + encode(sessionId) + "#s-" + sessionId)).build();
    }

    static Grid grid(Dto.Congress congress, List<Dto.Session> sessions, List<Dto.Conflict> conflicts) {
        Map<String, Dto.Room> rooms = new LinkedHashMap<>();
        congress.roomsOrEmpty().forEach(r -> rooms.put(r.roomId(), r));
        sessions.forEach(s -> {
            if (s.roomId() != null) {
                rooms.putIfAbsent(s.roomId(), new Dto.Room(s.roomId(), s.roomName(), s.capacity()));
            }
        });
        List<Row> rows = new ArrayList<>();
        for (Dto.HalfDay halfDay : congress.halfDaysOrEmpty()) {
            List<Cell> cells = new ArrayList<>();
            for (Dto.Room room : rooms.values()) {
                List<PlannedSession> inCell = new ArrayList<>();
                for (Dto.Session s : sessions) {
                    if (halfDay.code().equals(s.halfDayCode()) && room.roomId().equals(s.roomId())) {
                        inCell.add(new PlannedSession(s, conflicts.stream()
                                .filter(c -> c.sessionIdsOrEmpty().contains(s.sessionId())).toList()));
                    }
                }
                cells.add(new Cell(room, inCell));
            }
            rows.add(new Row(halfDay, cells));
        }
        return new Grid(congress.halfDaysOrEmpty(), new ArrayList<>(rooms.values()), rows);
    }

    @GET
    @Path("{slug}/inscriptions")
    public TemplateInstance registrations(@PathParam("slug") String slug, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("category") String category) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        String query = PublicPages.blankToNull(q);
        String st = PublicPages.blankToNull(status);
        String cat = PublicPages.blankToNull(category);
        return Templates.registrations(visitor.page(t("Inscriptions", "Registrations") + " – " + congress.title()),
                congress, Calls.panel("registration", () -> registration.list(auth, congress.congressId(), query, st, cat)),
                query, st, cat).setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}/accueil")
    public TemplateInstance checkInForm(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return Templates.checkIn(visitor.page(t("Accueil", "Check-in") + " – " + congress.title()), congress, null,
                null, null).setLocale(visitor.locale());
    }

    @POST
    @Path("{slug}/accueil")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("slug") String slug, @FormParam("token") String token) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.CheckIn result = null;
        String error = null;
        int status = 200;
        try {
            result = registration.checkIn(visitor.authorization(), new Dto.CheckInRequest(token == null ? "" : token.trim()));
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw new ServiceUnavailable("registration");
            }
            FormErrors errors = FormErrors.from(e);
            error = errors.fields().getOrDefault("token", errors.general());
            status = 422;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        String html = Templates.checkIn(visitor.page(t("Accueil", "Check-in") + " – " + congress.title()), congress,
                error == null ? null : token, result, error).setLocale(visitor.locale()).render();
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
    }

    @GET
    @Path("{slug}/budget")
    public TemplateInstance budgetEditor(@PathParam("slug") String slug, @QueryParam("ok") String flash,
            @QueryParam("erreur") String error) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        return Templates.budgetEditor(visitor.page(t("Budget", "Budget") + " – " + congress.title()), congress,
                Calls.panel("budget", () -> budget.summary(auth, congress.congressId())), flash, error)
                .setLocale(visitor.locale());
    }

    /** Saves the lines whose amounts changed ({@code provisional_<lineId>}, {@code actual_<lineId>} in euros). */
    @POST
    @Path("{slug}/budget")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveBudget(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        String target = "/organisation/" + slug + "/budget";
        try {
            Dto.BudgetSummary current = budget.summary(auth, congress.congressId());
            for (Dto.BudgetLine line : current.linesOrEmpty()) {
                Long provisional = cents(fields.getFirst("provisional_" + line.lineId()));
                Long actual = cents(fields.getFirst("actual_" + line.lineId()));
                boolean changed = (provisional != null && !provisional.equals(line.provisionalCents()))
                        || (actual != null && !actual.equals(line.actualCents()));
                if (changed) {
                    budget.updateLine(auth, congress.congressId(), line.lineId(),
                            new Dto.BudgetLineUpdate(provisional, actual));
                }
            }
        } catch (NumberFormatException e) {
            return Response.seeOther(URI.create(target + "?erreur=" + encode(t("Montant invalide : saisissez un nombre d'euros, par exemple 1234,50.",
                    "Invalid amount: type a number of euros, for instance 1234.50.")))).build();
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() >= 500) {
                throw new ServiceUnavailable("budget");
            }
            FormErrors errors = FormErrors.from(e);
            return Response.seeOther(URI.create(target + "?erreur=" + encode(errors.general()))).build();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
        return Response.seeOther(URI.create(target + "?ok=1")).build();
    }

    static Long cents(String euros) {
        if (euros == null || euros.isBlank()) {
            return null;
        }
        String normalised = euros.replace("\u00a0", "").replace("\u202f", "").replace(" ", "").replace("€", "")
                .replace(',', '.');
        return new BigDecimal(normalised).movePointRight(2).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
    }

    @GET
    @Path("{slug}/evaluation")
    public TemplateInstance results(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        return Templates.results(visitor.page(t("Évaluation", "Evaluation") + " – " + congress.title()), congress,
                Calls.panel("evaluation", () -> evaluation.results(auth, congress.congressId())))
                .setLocale(visitor.locale());
    }

    private String t(String fr, String en) {
        return "en".equals(visitor.language()) ? en : fr;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }
}
