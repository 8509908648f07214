package fr.assises.gateway.web.organiser.questionnaires;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import fr.assises.gateway.clients.Builder;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.web.shared.Calls;
import fr.assises.gateway.web.shared.CongressLookup;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.ServiceUnavailable;
import fr.assises.gateway.web.shared.Visitor;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * One questionnaire's builder page, which every form of it comes back to: each form sends one call of
 * evaluation-service's builder API, and its refusal is shown next to the fields of the form that was sent, with
 * what was typed kept.
 */
@ApplicationScoped
public class BuilderPage {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    static final List<String> TYPES = List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "SITUATION_SATISFACTION",
            "NUMBER", "SHORT_TEXT", "LONG_TEXT", "THREE_C", "SESSION_RATING");

    @CheckedTemplate(basePath = "organiser/questionnaires")
    static class Templates {
        static native TemplateInstance questionnaireBuilder(Visitor.Page page, Dto.Congress congress,
                Builder.Detail questionnaire, List<Builder.Contextual> contextual, List<String> types, Typed typed,
                FormErrors errors, String flash);
    }

    /** One call of the builder API (the caller's token goes with it, see {@code CallerToken}). */
    interface Call {
        void send();
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    /** Sends {@code form}'s call, then back to the builder with {@code flash}; a refusal draws the page with it (422). */
    Response act(String slug, String id, String form, MultivaluedMap<String, String> fields, Call call, String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        Typed typed = new Typed(form, fields);
        try {
            call.send();
        } catch (Unreadable e) {
            return Forms.html(422, render(congress, id, typed, e.errors, null));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500 || status == 401 || status == 403) {
                throw new ServiceUnavailable("evaluation");
            }
            boolean perQuestion = form.startsWith("condition-") || form.startsWith("delete-");
            boolean edit = form.startsWith("edit-");
            if (status == 404 && !"question".equals(form) && !"contextual".equals(form) && !perQuestion && !edit) {
                throw new NotFoundException();
            }
            FormErrors refused = BuilderFields.refusal(e, form);
            if (edit) {
                refused = onEditFields(refused, form, fields);
            } else if (perQuestion && status == 404) {
                // the question is gone (deleted in another tab): nothing to show it next to
                refused = new FormErrors(Map.of(), refused.general());
            } else if (perQuestion) {
                refused = new FormErrors(Map.of(form, refused.inOneLine()), null);
            }
            return Forms.html(422, render(congress, id, typed, refused, null));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        return Response.seeOther(URI.create(base(slug) + "/" + id + "?ok=" + flash)).build();
    }

    /**
     * A refusal of a question's edit on the fields of that form: the wording, help, choices or scale as named; any
     * other rule (a condition of a later question on a removed choice, the number of choices allowed) on the choices
     * or the scale the form sent, else on the wording.
     */
    private static FormErrors onEditFields(FormErrors refused, String form, MultivaluedMap<String, String> fields) {
        String fallback = form + (fields.containsKey("options") ? "-options"
                : fields.containsKey("scale") ? "-scale" : "-label");
        Map<String, String> shown = new LinkedHashMap<>();
        for (Map.Entry<String, String> error : refused.fields().entrySet()) {
            String name = error.getKey().substring(form.length() + 1);
            String key = List.of("label", "help", "options", "scale").contains(name) ? error.getKey() : fallback;
            shown.merge(key, error.getValue(), (a, b) -> a + " ; " + b);
        }
        return new FormErrors(shown, refused.general());
    }

    TemplateInstance render(Dto.Congress congress, String id, Typed typed, FormErrors errors, String flash) {
        Builder.Detail questionnaire = load(id);
        List<Builder.Contextual> contextual = Calls.panel("evaluation", () -> evaluation.contextualQuestions())
                .dataOr(List.of());
        return Templates.questionnaireBuilder(visitor.page("Questionnaire – " + questionnaire.title()), congress,
                questionnaire, contextual, TYPES, typed, errors, flash).setLocale(visitor.locale());
    }

    Builder.Detail load(String id) {
        try {
            return evaluation.questionnaire(id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    /** A draft copy of {@code source} in this congress; evaluation-service's refusal of it is thrown as is. */
    Builder.Detail cloned(String source, Dto.Congress congress, String title) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("congressId", congress.congressId());
        if (Forms.blankToNull(title) != null) {
            request.put("title", title.trim());
        }
        try {
            return evaluation.cloneOf(source, request);
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500 || status == 401 || status == 403) {
                throw new ServiceUnavailable("evaluation");
            }
            throw e;
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    static FormErrors cloneRefusal(WebApplicationException e, String field) {
        FormErrors refused = BuilderFields.refusal(e, "clone");
        return new FormErrors(Map.of(refused.has("clone-title") ? "clone-title" : field, refused.inOneLine()), null);
    }

    /** A date and time typed in Paris time, as evaluation-service reads it; refused on its field when unreadable. */
    void putDate(Map<String, Object> request, String name, MultivaluedMap<String, String> fields, String form) {
        String typed = Forms.blankToNull(fields.getFirst(name));
        if (typed == null) {
            return;
        }
        try {
            request.put(name, LocalDateTime.parse(typed.trim()).atZone(PARIS).toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            throw new Unreadable(new FormErrors(Map.of(form + "-" + name, visitor.words(QuestionnaireMsg.class).date_time_expected()),
                    null));
        }
    }

    /** A number setting of a question; an unreadable one is added to {@code errors} on its field. */
    void putNumber(Map<String, Object> question, String name, MultivaluedMap<String, String> fields,
            FormErrors errors, boolean whole) {
        String typed = Forms.blankToNull(fields.getFirst(name));
        if (typed == null) {
            return;
        }
        try {
            BigDecimal value = new BigDecimal(typed.trim().replace(',', '.'));
            question.put(name, whole ? (Object) value.intValueExact() : value);
        } catch (NumberFormatException | ArithmeticException e) {
            QuestionnaireMsg words = visitor.words(QuestionnaireMsg.class);
            errors.fields().put("question-" + name, whole ? words.whole_number_expected() : words.number_expected());
        }
    }

    static String base(String slug) {
        return "/organisation/" + slug + "/questionnaires";
    }
}
