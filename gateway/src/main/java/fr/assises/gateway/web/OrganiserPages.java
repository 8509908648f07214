package fr.assises.gateway.web;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.Charts;
import fr.assises.gateway.web.shared.CongressChoice;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Kept;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The organising committee's console: the congress set-up, where registrations and the budget stand, the
 * programme's conflicts, the registration list with its exports, and the entrance check-in; each panel comes
 * from its own service and fails alone.
 */
@Path("/organisation")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class OrganiserPages {

    @CheckedTemplate(basePath = "Pages")
    static class Templates {
        static native TemplateInstance console(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.Availability> registrations, Panel<Dto.Budget> budget, Panel<List<Dto.Conflict>> conflicts,
                Panel<Dto.Attendance> attendance);

        static native TemplateInstance registrations(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.RegistrationPage> rows, Panel<Dto.Availability> availability, Search search);

        static native TemplateInstance planner(Visitor.Page page, Dto.Congress congress, Panel<Planner.Grid> grid,
                List<Dto.Conflict> conflicts, String moved, String error);

        static native TemplateInstance budgetEditor(Visitor.Page page, Dto.Congress congress, Panel<Dto.Budget> budget,
                MultivaluedMap<String, String> typed, FormErrors errors, String flash);

        static native TemplateInstance results(Visitor.Page page, Dto.Congress congress,
                Panel<List<Dto.Questionnaire>> questionnaires, String chosen, Panel<Dto.Evaluation> evaluation,
                String chart);

        static native TemplateInstance setup(Visitor.Page page, Dto.Congress congress, Panel<Dto.CongressSetup> setup,
                Panel<List<Dto.RoomSetup>> rooms, Kept kept, FormErrors errors, String flash);

        static native TemplateInstance checkIn(Visitor.Page page, Dto.Congress congress, String token,
                Dto.CheckinResult result, String error, Panel<Dto.ArrivalCounts> arrivals);
    }

    /** The organisers' search as typed, kept in the form and in the export and paging links. */
    public record Search(String q, String status, String category, int page) {

        /** The filters as a query string (no page), for the export links. */
        public String filters() {
            StringBuilder query = new StringBuilder();
            append(query, "status", status);
            append(query, "category", category);
            return query.toString();
        }

        /** The query string of another page of the same search. */
        public String pageQuery(int other) {
            StringBuilder query = new StringBuilder();
            append(query, "q", q);
            append(query, "status", status);
            append(query, "category", category);
            append(query, "page", String.valueOf(other));
            return query.toString();
        }

        private static void append(StringBuilder query, String name, String value) {
            if (value != null) {
                query.append(query.isEmpty() ? "" : "&").append(name).append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
    }

    static final int PAGE_SIZE = 50;

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
        return CongressChoice.Templates.congressChoice(visitor.page(t("Console d'organisation", "Organisers' console")),
                Calls.panel("programme", programme::congresses), "/organisation/").setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}")
    public TemplateInstance console(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        return Templates.console(visitor.page(t("Console – ", "Console – ") + congress.title()), congress,
                Calls.panel("registration", () -> registration.availability(congress.congressId())),
                Calls.panel("budget", () -> budget.ofCongress(auth, congress.congressId())),
                Calls.panel("programme", () -> programme.conflicts(auth, congress.congressId())),
                Calls.panel("programme", () -> programme.attendance(auth, congress.congressId())))
                .setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}/configuration")
    public TemplateInstance setup(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return setupPage(congress, Kept.none(), FormErrors.none(), flash);
    }

    /**
     * Title, venue, status, dates and the times of each half-day (the address, slug, stays as it is). Half-days
     * keep their date: new dates that would leave one outside, or renumber one holding sessions (codes J1, J2…
     * count from the first day), are refused here before programme-service sees them.
     */
    @POST
    @Path("{slug}/configuration")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSetup(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Kept kept = new Kept("congress", fields);
        return onProgramme(congress, kept, "congress", () -> {
            Dto.CongressSetup current = programme.setup(auth, congress.congressId());
            LocalDate startDate = date(fields.getFirst("startDate"));
            LocalDate endDate = date(fields.getFirst("endDate"));
            Map<String, String> refused = new LinkedHashMap<>();
            if (startDate == null) {
                refused.put("startDate", t("Date attendue (JJ/MM/AAAA).", "A date is expected."));
            }
            if (endDate == null) {
                refused.put("endDate", t("Date attendue (JJ/MM/AAAA).", "A date is expected."));
            }
            ZoneId zone = zone(current);
            List<Dto.HalfDayRequest> halfDays = new ArrayList<>();
            for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
                LocalTime start = time(fields.getFirst("start_" + h.code()));
                LocalTime end = time(fields.getFirst("end_" + h.code()));
                if (start == null || end == null) {
                    refused.putIfAbsent("halfDays", t("Heure attendue au format HH:MM pour chaque demi-journée.",
                            "A time as HH:MM is expected for each half-day."));
                } else {
                    halfDays.add(new Dto.HalfDayRequest(at(h.date(), start, zone), at(h.date(), end, zone)));
                }
            }
            if (refused.isEmpty()) {
                refused.putAll(datesRefused(auth, congress, current, startDate, endDate));
            }
            if (!refused.isEmpty()) {
                return html(422, setupPage(congress, kept, new FormErrors(refused, null), null));
            }
            programme.updateCongress(auth, congress.congressId(), new Dto.CongressRequest(
                    fields.getFirst("title"), current.slug(), startDate, endDate, fields.getFirst("venue"),
                    current.timeZone(), Forms.blankToNull(fields.getFirst("status")), halfDays,
                    current.version()));
            return savedSetup(slug, "saved", "");
        });
    }

    /** Why the congress cannot move to these dates, by field; empty when it can. */
    private Map<String, String> datesRefused(String auth, Dto.Congress congress, Dto.CongressSetup current,
            LocalDate startDate, LocalDate endDate) {
        if (endDate.isBefore(startDate)) {
            return Map.of("endDate", t("La date de fin précède la date de début.",
                    "The end date is before the start date."));
        }
        for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
            if (h.date().isBefore(startDate) || h.date().isAfter(endDate)) {
                return Map.of(h.date().isBefore(startDate) ? "startDate" : "endDate", t(
                        "La demi-journée " + h.code() + " (" + Formats.longDate(h.date(), visitor.locale())
                                + ") serait hors des dates du congrès : retirez-la d'abord.",
                        "Half-day " + h.code() + " (" + Formats.longDate(h.date(), visitor.locale())
                                + ") would be outside the congress's dates: remove it first."));
            }
        }
        if (!startDate.equals(current.startDate())) {
            Set<String> held = new HashSet<>();
            programme.sessions(auth, congress.congressId()).forEach(s -> held.add(s.halfDayCode()));
            for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
                if (held.contains(h.code()) && !code(startDate, h.date(), h.period()).equals(h.code())) {
                    return Map.of("startDate", t("Les demi-journées sont numérotées depuis le premier jour : "
                            + h.code() + " deviendrait " + code(startDate, h.date(), h.period())
                            + " et ses séances perdraient leur place. Déplacez d'abord les séances, ou clonez le congrès.",
                            "Half-days are numbered from the first day: " + h.code() + " would become "
                                    + code(startDate, h.date(), h.period())
                                    + " and its sessions would lose their place. Move the sessions first, or clone the congress."));
                }
            }
        }
        return Map.of();
    }

    /** A half-day on a date of the congress, a morning or an afternoon; its times default to the usual ones. */
    @POST
    @Path("{slug}/configuration/demi-journees")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addHalfDay(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Kept kept = new Kept("halfDay", fields);
        return onProgramme(congress, kept, "newHalfDay", () -> {
            Dto.CongressSetup current = programme.setup(auth, congress.congressId());
            LocalDate day = date(fields.getFirst("date"));
            String period = fields.getFirst("period");
            boolean morning = "MORNING".equals(period);
            LocalTime start = Forms.blankToNull(fields.getFirst("start")) == null
                    ? LocalTime.of(morning ? 9 : 14, 0) : time(fields.getFirst("start"));
            LocalTime end = Forms.blankToNull(fields.getFirst("end")) == null
                    ? LocalTime.of(morning ? 12 : 17, 30) : time(fields.getFirst("end"));
            String refusal = null;
            if (day == null) {
                refusal = t("Choisissez une date du congrès.", "Choose one of the congress's dates.");
            } else if (!morning && !"AFTERNOON".equals(period)) {
                refusal = t("Choisissez le matin ou l'après-midi.", "Choose morning or afternoon.");
            } else if (start == null || end == null) {
                refusal = t("Heure attendue au format HH:MM.", "A time as HH:MM is expected.");
            } else if (morning != start.isBefore(LocalTime.NOON)) {
                refusal = t("Une matinée commence avant midi, un après-midi à midi ou après.",
                        "A morning starts before noon, an afternoon at noon or later.");
            }
            if (refusal != null) {
                return html(422, setupPage(congress, kept, new FormErrors(Map.of("newHalfDay", refusal), null),
                        null));
            }
            ZoneId zone = zone(current);
            List<Dto.HalfDayRequest> halfDays = new ArrayList<>(requests(current));
            halfDays.add(new Dto.HalfDayRequest(at(day, start, zone), at(day, end, zone)));
            putHalfDays(auth, congress, current, halfDays);
            return savedSetup(slug, "halfday-added", "#demi-journees");
        });
    }

    /** Removes a half-day, refused while a session of the draft programme is placed in it. */
    @POST
    @Path("{slug}/configuration/demi-journees/{code}/suppression")
    public Response removeHalfDay(@PathParam("slug") String slug, @PathParam("code") String code) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        String field = "halfDay-" + code;
        return onProgramme(congress, Kept.none(), field, () -> {
            Dto.CongressSetup current = programme.setup(auth, congress.congressId());
            if (current.halfDaysOrEmpty().stream().noneMatch(h -> h.code().equals(code))) {
                return savedSetup(slug, "halfday-removed", "#demi-journees");
            }
            List<String> held = programme.sessions(auth, congress.congressId()).stream()
                    .filter(s -> code.equals(s.halfDayCode())).map(Dto.PlannedSession::title).toList();
            if (!held.isEmpty()) {
                return html(422, setupPage(congress, Kept.none(), new FormErrors(Map.of(field, t(
                        "La demi-journée " + code + " accueille encore " + held.size() + " séance(s) ("
                                + String.join(", ", held) + ") : déplacez-les avant de la retirer.",
                        "Half-day " + code + " still holds " + held.size() + " session(s) (" + String.join(", ", held)
                                + "): move them before removing it.")), null), null));
            }
            ZoneId zone = zone(current);
            List<Dto.HalfDayRequest> halfDays = new ArrayList<>();
            for (Dto.HalfDay h : current.halfDaysOrEmpty()) {
                if (!h.code().equals(code)) {
                    halfDays.add(new Dto.HalfDayRequest(h.start(), h.end()));
                }
            }
            putHalfDays(auth, congress, current, halfDays);
            return savedSetup(slug, "halfday-removed", "#demi-journees");
        });
    }

    @POST
    @Path("{slug}/configuration/salles")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addRoom(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Kept kept = new Kept("newRoom", fields);
        return onProgramme(congress, kept, "newRoom", () -> {
            Integer capacity = capacity(fields.getFirst("capacity"));
            if (capacity == null) {
                return html(422, setupPage(congress, kept, new FormErrors(Map.of("newRoom", t(
                        "Capacité attendue : un nombre entier de places, au moins 1.",
                        "Capacity expected: a whole number of seats, at least 1.")), null), null));
            }
            programme.createRoom(auth, congress.congressId(), new Dto.RoomRequest(fields.getFirst("name"), capacity,
                    fields.getFirst("accessible") != null, null));
            return savedSetup(slug, "room-added", "#salles");
        });
    }

    /** Renames a room or changes its capacity, with the version read so a concurrent change is not overwritten. */
    @POST
    @Path("{slug}/configuration/salles/{roomId}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveRoom(@PathParam("slug") String slug, @PathParam("roomId") String roomId,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        String field = "room-" + roomId;
        Kept kept = new Kept(field, fields);
        return onProgramme(congress, kept, field, () -> {
            Integer capacity = capacity(fields.getFirst("capacity"));
            if (capacity == null) {
                return html(422, setupPage(congress, kept, new FormErrors(Map.of(field, t(
                        "Capacité attendue : un nombre entier de places, au moins 1.",
                        "Capacity expected: a whole number of seats, at least 1.")), null), null));
            }
            programme.updateRoom(auth, congress.congressId(), roomId, new Dto.RoomRequest(fields.getFirst("name"),
                    capacity, fields.getFirst("accessible") != null, version(fields.getFirst("version"))));
            return savedSetup(slug, "room-saved", "#salles");
        });
    }

    @POST
    @Path("{slug}/configuration/salles/{roomId}/suppression")
    public Response deleteRoom(@PathParam("slug") String slug, @PathParam("roomId") String roomId) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        return onProgramme(congress, Kept.none(), "room-" + roomId, () -> {
            programme.deleteRoom(auth, congress.congressId(), roomId);
            return savedSetup(slug, "room-deleted", "#salles");
        });
    }

    /**
     * Runs a set-up change: programme-service's refusal (problem+json) is shown on {@code field} of the page, with
     * what was typed; an outage or an error of the service becomes the unavailable page.
     */
    private Response onProgramme(Dto.Congress congress, Kept kept, String field, Supplier<Response> change) {
        try {
            return change.get();
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 403) {
                FormErrors refused = FormErrors.from(e);
                FormErrors shown = "congress".equals(kept.form()) ? refused
                        : new FormErrors(Map.of(field, refused.fields().isEmpty() ? refused.general()
                                : String.join(" ", refused.fields().entrySet().stream()
                                        .map(f -> label(f.getKey()) + f.getValue()).toList())), null);
                return html(422, setupPage(congress, kept, shown, null));
            }
            throw new ServiceUnavailable("programme");
        } catch (ServiceUnavailable e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
    }

    /** The name of a room or half-day field a service refused, before its message. */
    private String label(String field) {
        return switch (field) {
            case "name" -> t("Nom de la salle : ", "Room name: ");
            case "capacity" -> t("Capacité : ", "Capacity: ");
            default -> "";
        };
    }

    private void putHalfDays(String auth, Dto.Congress congress, Dto.CongressSetup current,
            List<Dto.HalfDayRequest> halfDays) {
        programme.updateCongress(auth, congress.congressId(), new Dto.CongressRequest(current.title(),
                current.slug(), current.startDate(), current.endDate(), current.venue(), current.timeZone(),
                current.status(), halfDays, current.version()));
    }

    private static List<Dto.HalfDayRequest> requests(Dto.CongressSetup current) {
        return current.halfDaysOrEmpty().stream().map(h -> new Dto.HalfDayRequest(h.start(), h.end())).toList();
    }

    private static Response savedSetup(String slug, String what, String anchor) {
        return Response.seeOther(URI.create("/organisation/" + slug + "/configuration?ok=" + what + anchor)).build();
    }

    private TemplateInstance setupPage(Dto.Congress congress, Kept kept, FormErrors errors, String flash) {
        String auth = visitor.authorization();
        return Templates.setup(visitor.page(t("Configuration – ", "Set-up – ") + congress.title()), congress,
                Calls.panel("programme", () -> programme.setup(auth, congress.congressId())),
                Calls.panel("programme", () -> programme.roomSetups(auth, congress.congressId())), kept, errors,
                flash).setLocale(visitor.locale());
    }

    /** The code programme-service gives a half-day: J1-AM for the first day's morning. */
    static String code(LocalDate startDate, LocalDate date, String period) {
        return "J" + (ChronoUnit.DAYS.between(startDate, date) + 1) + ("MORNING".equals(period) ? "-AM" : "-PM");
    }

    private static ZoneId zone(Dto.CongressSetup current) {
        return ZoneId.of(current.timeZone() == null ? "Europe/Paris" : current.timeZone());
    }

    private static OffsetDateTime at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toOffsetDateTime();
    }

    private static LocalDate date(String typed) {
        try {
            return typed == null ? null : LocalDate.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Integer capacity(String typed) {
        try {
            int value = Integer.parseInt(typed == null ? "" : typed.trim());
            return value < 1 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long version(String typed) {
        try {
            return typed == null ? null : Long.valueOf(typed.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalTime time(String typed) {
        try {
            return typed == null ? null : LocalTime.parse(typed.trim());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @GET
    @Path("{slug}/planning")
    public TemplateInstance planner(@PathParam("slug") String slug, @QueryParam("deplace") String moved) {
        return plannerPage(congresses.bySlug(slug), moved, null);
    }

    @POST
    @Path("{slug}/planning")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response move(@PathParam("slug") String slug, @FormParam("sessionId") String sessionId,
            @FormParam("halfDayCode") String halfDayCode, @FormParam("roomId") String roomId) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Dto.HalfDay target = congress.halfDaysOrEmpty().stream().filter(h -> h.code().equals(halfDayCode))
                .findFirst().orElse(null);
        if (target == null || sessionId == null || sessionId.isBlank() || roomId == null || roomId.isBlank()) {
            return html(422, plannerPage(congress, null, t("Choisissez une demi-journée et une salle du congrès.",
                    "Choose one of the congress's half-days and rooms.")));
        }
        try {
            Dto.PlannedSession session = programme.session(auth, congress.congressId(), sessionId);
            programme.update(auth, congress.congressId(), sessionId, Planner.moved(session, target, roomId));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 403) {
                FormErrors errors = FormErrors.from(e);
                String message = errors.fields().isEmpty() ? errors.general()
                        : String.join(" ", errors.fields().values());
                return html(422, plannerPage(congress, null, message));
            }
            throw new ServiceUnavailable("programme");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("programme");
        }
        return Response.seeOther(URI.create("/organisation/" + slug + "/planning?deplace="
                + URLEncoder.encode(sessionId, StandardCharsets.UTF_8) + "#s-" + sessionId)).build();
    }

    private TemplateInstance plannerPage(Dto.Congress congress, String moved, String error) {
        String auth = visitor.authorization();
        List<Dto.Conflict> conflicts = Calls.panel("programme",
                () -> programme.conflicts(auth, congress.congressId())).dataOr(List.of());
        Panel<Planner.Grid> grid = Calls.panel("programme", () -> Planner.grid(congress,
                programme.rooms(auth, congress.congressId()), programme.sessions(auth, congress.congressId()),
                conflicts));
        return Templates.planner(visitor.page(t("Planning – ", "Planner – ") + congress.title()), congress, grid,
                conflicts, moved, error).setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}/budget")
    public TemplateInstance budgetEditor(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        return budgetPage(congress, null, FormErrors.none(), flash);
    }

    /**
     * Saves the lines whose unit amount or quantity changed, one PUT each (budget-service recomputes the totals
     * and the balance). The first refusal stops there and is shown on its line; lines saved before it stay saved.
     */
    @POST
    @Path("{slug}/budget")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveBudget(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Dto.Budget current;
        try {
            current = budget.ofCongress(auth, congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("budget");
        }
        List<Dto.BudgetGroup> groups = new ArrayList<>(current.chargesOrEmpty());
        groups.addAll(current.produitsOrEmpty());
        for (Dto.BudgetGroup group : groups) {
            for (Dto.BudgetLine line : group.linesOrEmpty()) {
                if (line.staff()) {
                    continue;
                }
                String amount = Forms.blankToNull(fields.getFirst("unit_" + line.id()));
                String quantity = Forms.blankToNull(fields.getFirst("qty_" + line.id()));
                if (amount == null && quantity == null) {
                    continue;
                }
                BigDecimal unit = euros(amount);
                Long qty = count(quantity);
                if (unit == null || qty == null) {
                    return html(422, budgetPage(congress, fields, new FormErrors(Map.of(line.id(), t(
                            "Montant en euros (ex. 1234,50) et quantité entière attendus.",
                            "An amount in euros (e.g. 1234.50) and a whole quantity are expected.")), null), null));
                }
                if (unit.movePointRight(2).compareTo(BigDecimal.valueOf(line.unitCents())) == 0
                        && qty == line.quantity()) {
                    continue;
                }
                try {
                    budget.updateLine(auth, current.budgetId(), line.id(), new Dto.LineRequest(line.account(),
                            line.label(), line.driver(), line.basis(), unit, qty, line.perRoom(), line.category(),
                            line.sessionId(), line.fte(), line.months(), line.funderId()));
                } catch (WebApplicationException e) {
                    int status = e.getResponse().getStatus();
                    if (status >= 400 && status < 500 && status != 401 && status != 403) {
                        FormErrors refused = FormErrors.from(e);
                        String message = refused.fields().isEmpty() ? refused.general()
                                : String.join(" ", refused.fields().values());
                        return html(422, budgetPage(congress, fields,
                                new FormErrors(Map.of(line.id(), message), null), null));
                    }
                    throw new ServiceUnavailable("budget");
                } catch (RuntimeException e) {
                    throw new ServiceUnavailable("budget");
                }
            }
        }
        return Response.seeOther(URI.create("/organisation/" + slug + "/budget?ok=saved")).build();
    }

    private TemplateInstance budgetPage(Dto.Congress congress, MultivaluedMap<String, String> typed,
            FormErrors errors, String flash) {
        String auth = visitor.authorization();
        return Templates.budgetEditor(visitor.page(t("Budget – ", "Budget – ") + congress.title()), congress,
                Calls.panel("budget", () -> budget.ofCongress(auth, congress.congressId())), typed, errors, flash)
                .setLocale(visitor.locale());
    }

    /** {@code 1 234,50} or {@code 1234.5} as euros with at most two decimals; null when unreadable. */
    static BigDecimal euros(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(typed.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.'));
            return value.signum() < 0 || value.scale() > 2 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Long count(String typed) {
        try {
            long value = Long.parseLong(typed == null ? "" : typed.trim());
            return value < 0 ? null : value;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The congress's questionnaires and the results of one (by default the one with the most responses). */
    @GET
    @Path("{slug}/evaluation")
    public TemplateInstance results(@PathParam("slug") String slug, @QueryParam("questionnaire") String chosen) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Panel<List<Dto.Questionnaire>> questionnaires = Calls.panel("evaluation",
                () -> evaluation.questionnaires(auth, congress.congressId()));
        String id = Forms.blankToNull(chosen) != null ? chosen.trim()
                : questionnaires.dataOr(List.of()).stream()
                        .max(Comparator.comparingInt(Dto.Questionnaire::responseCount))
                        .map(Dto.Questionnaire::id).orElse(null);
        Panel<Dto.Evaluation> results = id == null ? Panel.of("evaluation", null)
                : Calls.panel("evaluation", () -> new Dto.Evaluation(evaluation.indicators(auth, congress.congressId()),
                        evaluation.results(auth, id)));
        String chart = results.ok() && results.data() != null
                ? Charts.ratings(results.data().results(), t("Note moyenne", "Average rating")) : null;
        return Templates.results(visitor.page(t("Évaluation – ", "Evaluation – ") + congress.title()), congress,
                questionnaires, id, results, chart).setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}/inscriptions")
    public TemplateInstance registrations(@PathParam("slug") String slug, @QueryParam("q") String q,
            @QueryParam("status") String status, @QueryParam("category") String category,
            @QueryParam("page") @DefaultValue("0") int page) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Search search = new Search(Forms.blankToNull(q), Forms.blankToNull(status),
                Forms.blankToNull(category), Math.max(0, page));
        Panel<Dto.RegistrationPage> rows = Calls.panel("registration", () -> registration.search(auth,
                congress.congressId(), search.q(), search.status(), search.category(), search.page(), PAGE_SIZE));
        return Templates.registrations(visitor.page(t("Inscriptions – ", "Registrations – ") + congress.title()),
                congress, rows, Calls.panel("registration", () -> registration.availability(congress.congressId())),
                search).setLocale(visitor.locale());
    }

    @GET
    @Path("{slug}/accueil")
    public TemplateInstance checkInForm(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        return checkInPage(congress, null, null, null);
    }

    @POST
    @Path("{slug}/accueil")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response checkIn(@PathParam("slug") String slug, @FormParam("token") String token) {
        Dto.Congress congress = congresses.bySlug(slug);
        String typed = token == null ? "" : token.trim();
        try {
            Dto.CheckinResult result = registration.checkIn(visitor.authorization(), congress.congressId(),
                    new Dto.CheckinRequest(typed));
            return html(200, checkInPage(congress, null, result, null));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 403) {
                FormErrors errors = FormErrors.from(e);
                String message = errors.has("token") ? errors.get("token") : errors.general();
                return html(422, checkInPage(congress, typed, null, message));
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private TemplateInstance checkInPage(Dto.Congress congress, String token, Dto.CheckinResult result,
            String error) {
        String auth = visitor.authorization();
        return Templates.checkIn(visitor.page(t("Accueil – ", "Check-in – ") + congress.title()), congress, token,
                result, error, Calls.panel("registration", () -> registration.arrivals(auth, congress.congressId())))
                .setLocale(visitor.locale());
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }

    private String t(String fr, String en) {
        return "en".equals(visitor.language()) ? en : fr;
    }
}
