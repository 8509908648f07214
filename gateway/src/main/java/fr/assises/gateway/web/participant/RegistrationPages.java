package fr.assises.gateway.web.participant;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.ProgrammeClient;
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.clients.RegistrationSettingsClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Panel;
import fr.assises.gateway.web.shared.Programmes;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.common.annotation.Blocking;

/** My registration to one congress: the form (register or change), cancelling, accepting a waiting-list offer. */
@Path("/espace/inscription/{slug}")
@Produces(MediaType.TEXT_HTML)
@Authenticated
@Blocking
public class RegistrationPages {

    @CheckedTemplate(basePath = "participant")
    static class Templates {
        static native TemplateInstance registrationForm(Visitor.Page page, Dto.Congress congress,
                Panel<Dto.Availability> availability, List<LocalDate> days, List<FormChoices.Slot> slots, RegistrationForm form,
                FormErrors errors, List<FormSummary.Item> summary, Dto.Registration existing,
                Dto.RegistrationSettings settings, RegistrationSettingsClient.Settings custom,
                RegistrationSettingsClient.InvitationCheck invitation, boolean prefilled);
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
    RegistrationSettingsClient custom;

    @Inject
    @RestClient
    ProgrammeClient programme;

    /** {@code code}: an invitation code from the link or typed in the code field, checked at once. */
    @GET
    public Response form(@PathParam("slug") String slug, @QueryParam("code") String code) {
        Dto.Congress congress = congresses.bySlug(slug);
        List<Dto.Registration> mine = mine(congress);
        Dto.Registration existing = mine.stream().filter(Dto.Registration::active).findFirst().orElse(null);
        if (existing != null && customSettings(congress).frozen()) {
            // past the freeze date my space shows the registration read-only, with the committee's contact
            return Response.seeOther(URI.create("/espace?ok=frozen#reg-" + existing.id())).build();
        }
        // registering again after a cancellation starts from the cancelled registration's choices
        Dto.Registration cancelled = existing != null ? null : MySpacePages.onePerCongress(mine).stream()
                .filter(r -> !r.active() && !r.anonymised()).findFirst().orElse(null);
        RegistrationForm form = existing != null ? RegistrationForm.fromRegistration(existing, myAnswers(existing))
                : cancelled != null ? RegistrationForm.fromRegistration(cancelled, myAnswers(cancelled)).withoutConsent()
                        : blankForm();
        boolean prefilled = cancelled != null;
        String typed = Forms.blankToNull(code);
        if (typed == null || existing != null) {
            return Response.ok(renderForm(congress, form, FormErrors.none(), existing, settings(congress), prefilled))
                    .build();
        }
        form = form.withCode(typed);
        try {
            check(congress, typed);
            return Response.ok(renderForm(congress, form, FormErrors.none(), existing, settings(congress), prefilled))
                    .build();
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return Forms.html(422, renderForm(congress, form, FormErrors.from(e), existing, settings(congress),
                        prefilled));
            }
            throw new ServiceUnavailable("registration");
        }
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        RegistrationForm form = RegistrationForm.fromFields(fields);
        Dto.Registration existing = existing(congress);
        Dto.RegistrationSettings settings = settings(congress);
        Dto.RegistrationRequest request = toRequest(form, form.consent() ? settings.privacyNoticeVersion() : null);
        Map<String, Object> answers = form.answers().request(customSettings(congress).questionsOrEmpty());
        try {
            if (existing == null) {
                custom.register(congress.congressId(),
                        new RegistrationSettingsClient.WithAnswers(request, answers, form.invitationCode(),
                                form.payer().request()));
            } else {
                custom.change(existing.id(), new RegistrationSettingsClient.ChangeWithAnswers(new Dto.ChangeRequest(
                        request.days(), request.meals(), request.workshops(), request.person(), request.language()),
                        answers));
            }
        } catch (WebApplicationException e) {
            if (Forms.refused(e)) {
                return Forms.html(422, renderForm(congress, form, FormErrors.from(e), existing, settings, false));
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        // a person put on the waiting list is told so, not that the registration is done
        Dto.Registration saved = existing(congress);
        boolean waits = existing == null && saved != null && "WAITLISTED".equals(saved.status());
        return Response.seeOther(URI.create("/espace?ok=" + (waits ? "waitlisted" : "saved"))).build();
    }

    @POST
    @Path("annulation")
    public Response cancel(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.Registration existing = existing(congress);
        if (existing != null) {
            try {
                registration.cancel(existing.id());
            } catch (RuntimeException e) {
                throw new ServiceUnavailable("registration");
            }
        }
        return Response.seeOther(URI.create("/espace?ok=cancelled")).build();
    }

    @POST
    @Path("acceptation")
    public Response acceptOffer(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        Dto.Registration existing = existing(congress);
        if (existing == null) {
            throw new NotFoundException();
        }
        try {
            registration.acceptOffer(existing.id());
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
            Dto.Registration existing, Dto.RegistrationSettings settings, boolean prefilled) {
        Panel<Dto.Availability> availability = Calls.panel("registration",
                () -> registration.availability(congress.congressId()));
        Map<String, Dto.Session> sessions = new HashMap<>();
        Calls.panel("programme", () -> Programmes.sessions(programme.programme(congress.slug(), null, null, null)))
                .dataOr(List.of()).forEach(s -> sessions.put(s.sessionId(), s));
        List<FormChoices.Slot> slots = availability.ok() ? FormChoices.slots(availability.data(), sessions, visitor.locale()) : List.of();
        RegistrationSettingsClient.Settings customSettings = customSettings(congress);
        String title = visitor.words(MySpaceMsg.class).registration_title(congress.title());
        RegistrationSettingsClient.InvitationCheck invitation = null;
        if (existing == null && form.invitationCode() != null && !errors.has("invitationCode")) {
            try {
                invitation = check(congress, form.invitationCode());
            } catch (RuntimeException e) {
                // the code's refusal is already on the page, or comes with the registration's
            }
        }
        List<FormSummary.Item> summary = FormSummary.of(errors, customSettings, visitor);
        return Templates.registrationForm(visitor.page(title), congress, availability, FormChoices.days(congress), slots, form,
                errors, summary, existing, settings, customSettings, invitation, prefilled)
                .setLocale(visitor.locale());
    }

    private RegistrationSettingsClient.InvitationCheck check(Dto.Congress congress, String code) {
        return custom.checkInvitation(congress.congressId(), code);
    }

    /** The categories (which are by invitation only) and the custom questions of the congress. */
    private RegistrationSettingsClient.Settings customSettings(Dto.Congress congress) {
        try {
            return custom.settings(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private CustomAnswers myAnswers(Dto.Registration existing) {
        try {
            return CustomAnswers.fromStored(custom.answers(existing.id()).answers());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private Dto.Registration existing(Dto.Congress congress) {
        return mine(congress).stream().filter(Dto.Registration::active).findFirst().orElse(null);
    }

    /** My registrations to this congress, oldest first. */
    private List<Dto.Registration> mine(Dto.Congress congress) {
        try {
            return registration.mine().stream().filter(r -> congress.congressId().equals(r.congressId())).toList();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private RegistrationForm blankForm() {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            return RegistrationForm.blank(jwt.getClaim("given_name"), jwt.getClaim("family_name"),
                    jwt.getClaim("email"));
        }
        return RegistrationForm.blank(null, null, null);
    }

    /** The privacy notice version, and which personal information this congress asks for. */
    private Dto.RegistrationSettings settings(Dto.Congress congress) {
        try {
            return registration.settings(congress.congressId());
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
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
}
