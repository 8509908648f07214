package fr.assises.gateway.web.organiser.mailings;

import java.net.URI;
import java.util.List;

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
import fr.assises.gateway.clients.RegistrationClient;
import fr.assises.gateway.clients.RegistrationSettingsClient;
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
 * The committee writes to registrations chosen with the list's filters: a form, a preview of the French and
 * English mail as a recipient gets it (registration-service fills in a recipient's values and counts them), then
 * the sending; the reminder sent now after a confirmation with its count; the history of both and who got each.
 */
@Path("/organisation/{slug}/messages")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class MailingPages {

    /** What the recipient filters offer: categories, workshops and meals, answers to the choice questions. */
    public record Choices(List<Dto.CategoryPlaces> categories, List<Dto.SessionPlaces> sessions,
            List<RegistrationSettingsClient.Question> questions, MailingMsg words) {

        /**
         * A filter in words: the state's and the text's words (from the bundles, given by the template), then the
         * category, the session and the answer named as the organisers named them; null when none was used.
         */
        public String describe(MailingClient.Filter f, String lang, String statusWords, String textWords) {
            if (f == null) {
                return null;
            }
            List<String> parts = new java.util.ArrayList<>();
            if (f.status() != null) {
                parts.add(statusWords);
            }
            if (f.category() != null) {
                parts.add(categories.stream().filter(c -> c.code().equals(f.category())).map(c -> c.label(lang))
                        .findFirst().orElse(f.category()));
            }
            if (f.sessionId() != null) {
                parts.add(sessions.stream().filter(s -> s.sessionId().equals(f.sessionId()))
                        .map(Dto.SessionPlaces::title).findFirst().orElse("—"));
            }
            if (f.question() != null) {
                parts.add(questions.stream().filter(q -> q.id().equals(f.question())).findFirst()
                        .map(q -> words.filter_answer(q.label(lang), answerLabel(q, f.answer(), lang))).orElse("—"));
            }
            if (f.q() != null) {
                parts.add(textWords);
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }

        /** A choice's words; a yes/no answer's true and false in words. */
        public String answerLabel(RegistrationSettingsClient.Question q, String value, String lang) {
            return q.choicesOrEmpty().stream().filter(c -> c.code().equals(value)).map(c -> c.label(lang))
                    .findFirst().orElse("true".equals(value) ? words.answer_yes()
                            : "false".equals(value) ? words.answer_no() : value);
        }
    }

    @CheckedTemplate(basePath = "organiser/mailings")
    static class Templates {
        static native TemplateInstance mailings(Visitor.Page page, Dto.Congress congress, Choices choices,
                MailingForm form, FormErrors errors, Panel<MailingClient.Due> due,
                Panel<List<MailingClient.Mailing>> history, String done, Integer count);

        static native TemplateInstance mailingPreview(Visitor.Page page, Dto.Congress congress, Choices choices,
                MailingForm form, MailingClient.Preview preview);

        static native TemplateInstance reminderConfirm(Visitor.Page page, Dto.Congress congress, int due);

        static native TemplateInstance mailingRecipients(Visitor.Page page, Dto.Congress congress, Choices choices,
                MailingClient.Mailing mailing, List<MailingClient.Recipient> recipients);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    MailingClient mailings;

    @Inject
    @RestClient
    RegistrationClient registration;

    @Inject
    @RestClient
    RegistrationSettingsClient settings;

    @GET
    public TemplateInstance page(@PathParam("slug") String slug, @QueryParam("envoye") Integer sent,
            @QueryParam("rappels") Integer reminded) {
        Dto.Congress congress = congresses.bySlug(slug);
        String done = sent != null ? "sent" : reminded != null ? "reminded" : null;
        return form(congress, MailingForm.empty(), FormErrors.none(), done, sent != null ? sent : reminded);
    }

    @POST
    @Path("apercu")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response preview(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        MailingForm form = MailingForm.of(fields);
        return Forms.submit("registration", () -> {
            MailingClient.Preview preview = mailings.preview(congress.congressId(), form.request());
            return Response.ok(Templates.mailingPreview(visitor.page(visitor.words(MailingMsg.class).preview_page(
                    congress.title())), congress, choices(congress), form, preview)
                    .setLocale(visitor.locale())).build();
        }, errors -> form(congress, form, errors, null, null));
    }

    @POST
    @Path("envoi")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response send(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        MailingForm form = MailingForm.of(fields);
        return Forms.submit("registration", () -> Response.seeOther(URI.create("/organisation/" + slug
                + "/messages?envoye=" + mailings.send(congress.congressId(), form.request()).sent())).build(),
                errors -> form(congress, form, errors, null, null));
    }

    /** Back from the preview to the form, with what was typed. */
    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public TemplateInstance edit(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        return form(congresses.bySlug(slug), MailingForm.of(fields), FormErrors.none(), null, null);
    }

    @GET
    @Path("rappel")
    public TemplateInstance confirmReminder(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        int due;
        try {
            due = mailings.remindersDue(congress.congressId()).due();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        return Templates.reminderConfirm(visitor.page(visitor.words(MailingMsg.class).reminder_page(
                congress.title())), congress, due).setLocale(visitor.locale());
    }

    @POST
    @Path("rappel")
    public Response sendReminder(@PathParam("slug") String slug) {
        Dto.Congress congress = congresses.bySlug(slug);
        int sent;
        try {
            sent = mailings.sendReminders(congress.congressId()).sent();
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
        return Response.seeOther(URI.create("/organisation/" + slug + "/messages?rappels=" + sent)).build();
    }

    @GET
    @Path("{mailingId: [0-9a-fA-F-]{36}}")
    public TemplateInstance recipients(@PathParam("slug") String slug, @PathParam("mailingId") String mailingId) {
        Dto.Congress congress = congresses.bySlug(slug);
        try {
            MailingClient.Mailing mailing = mailings.history(congress.congressId(), 500).stream()
                    .filter(m -> m.id().equals(mailingId)).findFirst().orElseThrow(NotFoundException::new);
            return Templates.mailingRecipients(visitor.page(visitor.words(MailingMsg.class).recipients_page(
                    mailing.subjectFr())), congress, choices(congress), mailing,
                    mailings.recipients(congress.congressId(), mailingId))
                    .setLocale(visitor.locale());
        } catch (NotFoundException e) {
            throw e;
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("registration");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }

    private TemplateInstance form(Dto.Congress congress, MailingForm form, FormErrors errors, String done,
            Integer count) {
        return Templates.mailings(visitor.page(visitor.words(MailingMsg.class).mailings_page(
                congress.title())), congress, choices(congress), form, errors,
                Calls.panel("registration", () -> mailings.remindersDue(congress.congressId())),
                Calls.panel("registration", () -> mailings.history(congress.congressId(), 100)), done, count)
                .setLocale(visitor.locale());
    }

    private Choices choices(Dto.Congress congress) {
        try {
            Dto.Availability availability = registration.availability(congress.congressId());
            List<Dto.SessionPlaces> sessions = new java.util.ArrayList<>(availability.workshopsOrEmpty());
            sessions.addAll(availability.mealsOrEmpty());
            List<RegistrationSettingsClient.Question> questions = settings.settings(congress.congressId())
                    .questionsOrEmpty().stream().filter(q -> q.hasChoices() || "YES_NO".equals(q.kind())).toList();
            return new Choices(availability.categoriesOrEmpty(), sessions, questions,
                    visitor.words(MailingMsg.class));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("registration");
        }
    }
}
