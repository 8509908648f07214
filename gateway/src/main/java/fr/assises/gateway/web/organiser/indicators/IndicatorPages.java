package fr.assises.gateway.web.organiser.indicators;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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

import fr.assises.gateway.clients.Builder;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The indicators promised to funders: created, edited (source, target, unit, due date), given their manual value
 * and deleted. evaluation-service computes each value and status; its refusals are shown next to the field.
 */
@Path("/organisation/{slug}/indicateurs")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class IndicatorPages {

    static final List<String> SOURCES = List.of("MANUAL", "REGISTRATIONS", "CHECK_INS", "RESPONSE_RATE",
            "SURVEY_QUESTION");
    static final String NEW = "new";

    /** One form of the page: the indicator it edits (none for a new one), the values shown and the refusals. */
    public record IndicatorForm(String key, IndicatorClient.View indicator, Map<String, String> values,
            FormErrors errors) {

        public boolean open() {
            return errors.any();
        }

        public String value(String field) {
            return values.getOrDefault(field, "");
        }

        /** For the value form: its refusal when it is the form of indicator {@code id} that was refused. */
        public String errorFor(String id) {
            return key.equals(id) ? errors.get("value") : null;
        }

        /** For the value form: what was typed when it was refused, else the stored value. */
        public String valueFor(String id, String stored) {
            return key.equals(id) ? value("value") : stored;
        }
    }

    /** A measurable question offered to a survey-question indicator, with its possible answers in words. */
    public record QuestionChoice(String questionnaireId, String questionnaireTitle, String questionId, String label,
            String answers) {

        /** The value of its option in the form: both ids, since one choice names the questionnaire too. */
        public String value() {
            return questionnaireId + "/" + questionId;
        }
    }

    @CheckedTemplate(basePath = "organiser/indicators")
    static class Templates {
        static native TemplateInstance indicators(Visitor.Page page, Dto.Congress congress, List<IndicatorForm> forms,
                IndicatorForm added, IndicatorForm valueForm, List<Dto.Questionnaire> questionnaires,
                List<QuestionChoice> questions, List<String> sources, String flash, String refusal);
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    IndicatorClient indicators;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @GET
    public TemplateInstance list(@PathParam("slug") String slug, @QueryParam("ok") String flash) {
        return render(congresses.bySlug(slug), null, Map.of(), FormErrors.none(), flash);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response add(@PathParam("slug") String slug, MultivaluedMap<String, String> form) {
        return save(slug, NEW, form);
    }

    @POST
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response update(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> form) {
        return save(slug, id, form);
    }

    @POST
    @Path("/{id}/valeur")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response value(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> form) {
        Dto.Congress congress = congresses.bySlug(slug);
        String typed = form.getFirst("value") == null ? "" : form.getFirst("value").strip();
        String key = "value:" + id;
        Map<String, String> values = Map.of("value", typed);
        Object value = IndicatorFields.number(typed, english());
        if (value == null) {
            return Forms.html(422, render(congress, key, values, new FormErrors(Map.of("value", typed.isEmpty()
                    ? visitor.words(IndicatorMsg.class).value_expected() : unreadableNumber()), null), null));
        }
        try {
            indicators.value(id, Map.of("value", value));
            return done(slug, "value");
        } catch (WebApplicationException e) {
            return refused(congress, key, values, e, "value");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    @POST
    @Path("/{id}/suppression")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response delete(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        try {
            indicators.delete(id);
            return done(slug, "deleted");
        } catch (WebApplicationException e) {
            return refused(congress, id, Map.of(), e, "delete");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private Response save(String slug, String key, MultivaluedMap<String, String> form) {
        Dto.Congress congress = congresses.bySlug(slug);
        Map<String, String> typed = IndicatorFields.typed(form);
        Map<String, String> unreadable = new LinkedHashMap<>();
        Map<String, Object> request = IndicatorFields.request(typed, unreadable, unreadableNumber(),
                visitor.words(IndicatorMsg.class).date_expected(), english());
        if (!unreadable.isEmpty()) {
            return Forms.html(422, render(congress, key, typed, new FormErrors(unreadable, null), null));
        }
        try {
            if (NEW.equals(key)) {
                indicators.create(congress.congressId(), request);
            } else {
                indicators.update(key, request);
            }
            return done(slug, NEW.equals(key) ? "created" : "saved");
        } catch (WebApplicationException e) {
            return refused(congress, key, typed, e, "label");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    private static Response done(String slug, String flash) {
        return Response.seeOther(URI.create("/organisation/" + slug + "/indicateurs?ok=" + flash)).build();
    }

    /** The service's refusal on the form that was sent: field by field, else on {@code fallback}. */
    private Response refused(Dto.Congress congress, String key, Map<String, String> typed, WebApplicationException e,
            String fallback) {
        if (!Forms.refused(e)) {
            throw new ServiceUnavailable("evaluation");
        }
        FormErrors from = FormErrors.from(e);
        Map<String, String> fields = new LinkedHashMap<>();
        from.fields().forEach((field, message) -> fields.put(
                IndicatorFields.FIELDS.contains(field) || "value".equals(field) ? field : fallback, message));
        if (fields.isEmpty()) {
            fields.put(fallback, from.general());
        }
        int status = e.getResponse().getStatus() == 404 ? 404 : 422;
        return Forms.html(status, render(congress, key, typed, new FormErrors(fields, null), null));
    }

    private boolean english() {
        return "en".equals(visitor.language());
    }

    private String unreadableNumber() {
        return visitor.words(IndicatorMsg.class).number_expected();
    }

    private TemplateInstance render(Dto.Congress congress, String failed, Map<String, String> typed,
            FormErrors errors, String flash) {
        List<IndicatorClient.View> list;
        List<Dto.Questionnaire> questionnaires;
        try {
            list = indicators.indicators(congress.congressId());
            questionnaires = evaluation.questionnaires(congress.congressId());
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404) {
                list = List.of();
                questionnaires = List.of();
            } else {
                throw new ServiceUnavailable("evaluation");
            }
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        Locale locale = visitor.locale();
        List<IndicatorForm> forms = list.stream().map(i -> i.id().equals(failed)
                ? new IndicatorForm(i.id(), i, typed, errors)
                : new IndicatorForm(i.id(), i, IndicatorFields.values(i, locale), FormErrors.none())).toList();
        IndicatorForm added = NEW.equals(failed) ? new IndicatorForm(NEW, null, typed, errors)
                : new IndicatorForm(NEW, null, Map.of("source", "MANUAL"), FormErrors.none());
        IndicatorForm valueForm = failed != null && failed.startsWith("value:")
                ? new IndicatorForm(failed.substring(6), null, typed, errors)
                : new IndicatorForm("", null, Map.of(), FormErrors.none());
        // a refusal no form on the page can hold (the indicator is gone) is shown above them
        boolean held = failed == null || NEW.equals(failed) || failed.startsWith("value:")
                || list.stream().anyMatch(i -> i.id().equals(failed));
        String refusal = held ? null : errors.inOneLine();
        return Templates.indicators(visitor.page(visitor.words(IndicatorMsg.class).page_title(congress.title())),
                congress, forms, added, valueForm, questionnaires, questions(questionnaires), SOURCES, flash, refusal)
                .setLocale(locale);
    }

    /** The choice, scale and situation questions of the congress's questionnaires, which an indicator can measure. */
    private List<QuestionChoice> questions(List<Dto.Questionnaire> questionnaires) {
        List<QuestionChoice> choices = new ArrayList<>();
        String lang = visitor.language();
        for (Dto.Questionnaire q : questionnaires) {
            Builder.Detail detail;
            try {
                detail = evaluation.questionnaire(q.id());
            } catch (RuntimeException e) {
                continue;
            }
            for (Builder.Section section : detail.sections()) {
                for (Builder.Question question : section.questionsOrEmpty()) {
                    if (question.hasOptions() || "LIKERT".equals(question.type())) {
                        choices.add(new QuestionChoice(q.id(), q.title(), question.id(), question.label().in(lang),
                                IndicatorFields.answers(question, lang)));
                    }
                }
            }
        }
        return choices;
    }
}
