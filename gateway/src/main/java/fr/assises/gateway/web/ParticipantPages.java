package fr.assises.gateway.web;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/** The participant's pages: registration form, my registrations with my programme and badge, change, cancel, survey. */
@Path("/espace")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class ParticipantPages {

    @CheckedTemplate(basePath = "Pages")
    static class Templates {
        static native TemplateInstance mySpace(Visitor.Page page, Panel<List<MyRegistration>> registrations,
                String flash);

        static native TemplateInstance registrationForm(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.Availability> availability, List<LocalDate> days, List<Slot> slots, RegistrationForm form,
                FormErrors errors, Dto.Registration existing, Dto.RegistrationSettings settings);
    }

    /** One registration with what the page shows around it. */
    public record MyRegistration(Dto.Registration registration, Dto.Congress congress, List<MySession> sessions) {
    }

    /** A workshop or meal of mine, with its place in the programme when known. */
    public record MySession(String sessionId, String title, String kind, OffsetDateTime start,
            OffsetDateTime end, String roomName, String status, Integer waitlistPosition) {
    }

    /** The workshops offered at one time slot (one radio group). */
    public record Slot(String key, String label, List<Dto.SessionPlaces> options) {
    }

    /** What the person typed, kept when the service refuses the form. */
    public record RegistrationForm(String firstName, String lastName, String email, String organisation,
            String territoryType, String jobTitle, String statutoryCategory, String accessibilityNeeds,
            String dietaryNeeds, String category, Set<String> days, Set<String> meals, Map<String, String> workshops,
            boolean consent) {

        public boolean day(Object date) {
            return days.contains(String.valueOf(date));
        }

        public boolean meal(String sessionId) {
            return meals.contains(sessionId);
        }

        /** A session belongs to one slot only, so its id alone says whether it is ticked. */
        public boolean workshop(String sessionId) {
            return workshops.containsValue(sessionId);
        }

        public boolean noWorkshop(Slot slot) {
            return slot.options().stream().noneMatch(o -> workshops.containsValue(o.sessionId()));
        }
    }

    @Inject
    Visitor visitor;

    @Inject
    SecurityIdentity identity;

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
        String auth = visitor.authorization();
        Panel<List<MyRegistration>> mine = Calls.panel("registration", () -> {
            List<Dto.Registration> registrations = registration.mine(auth);
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
        String title = "en".equals(visitor.language()) ? "My space" : "Mon espace";
        return Templates.mySpace(visitor.page(title), mine, flash).setLocale(visitor.locale());
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

    @GET
    @Path("inscription/{slug}")
    public TemplateInstance form(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.Registration existing = existing(congress);
        RegistrationForm form = existing == null ? blankForm() : fromRegistration(existing);
        return renderForm(congress, form, FormErrors.none(), existing, settings(congress));
    }

    @POST
    @Path("inscription/{slug}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        RegistrationForm form = fromFields(fields);
        Dto.Registration existing = existing(congress);
        Dto.RegistrationSettings settings = settings(congress);
        Dto.RegistrationRequest request = toRequest(form, form.consent() ? settings.privacyNoticeVersion() : null);
        try {
            if (existing == null) {
                registration.register(visitor.authorization(), congress.congressId(), request);
            } else {
                registration.change(visitor.authorization(), existing.id(), new Dto.ChangeRequest(request.days(),
                        request.meals(), request.workshops(), request.person(), request.language()));
            }
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 400 && status < 500 && status != 401 && status != 403) {
                String html = renderForm(congress, form, FormErrors.from(e), existing, settings).render();
                return Response.status(422).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(html).build();
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        return Response.seeOther(URI.create("/espace?ok=saved")).build();
    }

    @POST
    @Path("inscription/{slug}/annulation")
    public Response cancel(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.Registration existing = existing(congress);
        if (existing != null) {
            try {
                registration.cancel(visitor.authorization(), existing.id());
            } catch (RuntimeException e) {
                throw new ServiceUnavailable("registration");
            }
        }
        return Response.seeOther(URI.create("/espace?ok=cancelled")).build();
    }

    /** My personal survey link, minted by evaluation-service, then the survey page it opens. */
    @GET
    @Path("enquete/{slug}")
    public Response survey(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.MySurvey mine;
        try {
            mine = evaluation.mySurvey(visitor.authorization(), congress.congressId());
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

    @POST
    @Path("inscription/{slug}/acceptation")
    public Response acceptOffer(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.Registration existing = existing(congress);
        if (existing == null) {
            throw new NotFoundException();
        }
        try {
            registration.acceptOffer(visitor.authorization(), existing.id());
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status == 404) {
                throw new NotFoundException();
            }
            if (status >= 400 && status < 500) {
                return Response.seeOther(URI.create("/espace?ok=offer-gone")).build();
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        return Response.seeOther(URI.create("/espace?ok=accepted")).build();
    }

    private TemplateInstance renderForm(Dto.Congress congress, RegistrationForm form, FormErrors errors,
            Dto.Registration existing, Dto.RegistrationSettings settings) {
        Panel<Dto.Availability> availability = Calls.panel("registration",
                () -> registration.availability(congress.congressId()));
        List<Slot> slots = availability.ok() ? slots(availability.data(), visitor.locale()) : List.of();
        String title = ("en".equals(visitor.language()) ? "Registration – " : "Inscription – ") + congress.title();
        return Templates.registrationForm(visitor.page(title), congress, availability, days(congress), slots, form,
                errors, existing, settings)
                .setLocale(visitor.locale());
    }

    private Dto.Registration existing(Dto.Congress congress) {
        try {
            return registration.mine(visitor.authorization()).stream()
                    .filter(r -> congress.congressId().equals(r.congressId()) && r.active())
                    .findFirst().orElse(null);
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    static List<Slot> slots(Dto.Availability availability, Locale locale) {
        Map<String, List<Dto.SessionPlaces>> bySlot = new LinkedHashMap<>();
        for (Dto.SessionPlaces option : availability.workshopsOrEmpty()) {
            String key = option.seriesId() != null ? option.seriesId()
                    : option.halfDayCode() + "-" + (option.start() == null ? "" : option.start().toString());
            bySlot.computeIfAbsent(key, k -> new ArrayList<>()).add(option);
        }
        List<Slot> slots = new ArrayList<>();
        bySlot.forEach((key, options) -> {
            Dto.SessionPlaces first = options.get(0);
            String label = first.start() == null ? first.halfDayCode()
                    : Formats.longDate(first.start().atZoneSameInstant(Formats.PARIS).toLocalDate(), locale)
                            + ", " + Formats.hm(first.start());
            slots.add(new Slot(key, label, options));
        });
        return slots;
    }

    private RegistrationForm blankForm() {
        String first = null;
        String last = null;
        String email = null;
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            first = jwt.getClaim("given_name");
            last = jwt.getClaim("family_name");
            email = jwt.getClaim("email");
        }
        return new RegistrationForm(first, last, email, null, null, null, null, null, null, null, Set.of(), Set.of(),
                Map.of(), false);
    }

    private static RegistrationForm fromRegistration(Dto.Registration r) {
        Set<String> days = new LinkedHashSet<>();
        r.daysOrEmpty().forEach(d -> days.add(d.toString()));
        Set<String> meals = new LinkedHashSet<>();
        r.mealsOrEmpty().forEach(m -> meals.add(m.sessionId()));
        Map<String, String> workshops = new HashMap<>();
        r.workshopsOrEmpty().forEach(w -> workshops.put(w.sessionId(), w.sessionId()));
        Dto.Person p = r.personOrEmpty();
        return new RegistrationForm(p.firstName(), p.lastName(), p.email(), p.organisation(), p.territoryType(),
                p.jobTitle(), p.statutoryCategory(), p.accessibilityNeeds(), p.dietaryNeeds(), r.category(), days,
                meals, workshops, true);
    }

    static RegistrationForm fromFields(MultivaluedMap<String, String> fields) {
        Set<String> days = new LinkedHashSet<>(fields.getOrDefault("days", List.of()));
        Set<String> meals = new LinkedHashSet<>(fields.getOrDefault("meals", List.of()));
        Map<String, String> workshops = new LinkedHashMap<>();
        fields.forEach((name, values) -> {
            if (name.startsWith("workshop_") && !values.isEmpty() && !values.get(0).isBlank()) {
                workshops.put(name.substring("workshop_".length()), values.get(0));
            }
        });
        return new RegistrationForm(trim(fields.getFirst("firstName")), trim(fields.getFirst("lastName")),
                trim(fields.getFirst("email")), trim(fields.getFirst("organisation")),
                trim(fields.getFirst("territoryType")), trim(fields.getFirst("jobTitle")),
                trim(fields.getFirst("statutoryCategory")), trim(fields.getFirst("accessibilityNeeds")),
                trim(fields.getFirst("dietaryNeeds")), trim(fields.getFirst("category")), days, meals, workshops,
                fields.getFirst("consent") != null);
    }

    /** The privacy notice version, and which personal information this congress asks for. */
    private Dto.RegistrationSettings settings(Dto.Congress congress) {
        try {
            return registration.settings(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    /** Each day of the congress, from its half-days. */
    static List<LocalDate> days(Dto.Congress congress) {
        List<LocalDate> days = new ArrayList<>();
        congress.halfDaysOrEmpty().forEach(h -> {
            if (h.date() != null && !days.contains(h.date())) {
                days.add(h.date());
            }
        });
        return days;
    }

    private Dto.RegistrationRequest toRequest(RegistrationForm form, String privacyVersion) {
        List<LocalDate> days = new ArrayList<>();
        for (String day : form.days()) {
            try {
                days.add(LocalDate.parse(day));
            } catch (DateTimeParseException e) {
                // an unknown day is left out; the service then reports the missing days on the field
            }
        }
        List<Dto.WorkshopChoice> workshops = new ArrayList<>();
        for (String sessionId : form.workshops().values()) {
            workshops.add(new Dto.WorkshopChoice(sessionId, null));
        }
        Dto.Consent consent = form.consent() ? new Dto.Consent(true, privacyVersion) : null;
        return new Dto.RegistrationRequest(days, new ArrayList<>(form.meals()), workshops, form.category(),
                new Dto.PersonalInfo(form.firstName(), form.lastName(), form.email(), form.organisation(),
                        form.territoryType(), form.jobTitle(), form.statutoryCategory(), form.accessibilityNeeds(),
                        form.dietaryNeeds()), consent,
                visitor.language());
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
