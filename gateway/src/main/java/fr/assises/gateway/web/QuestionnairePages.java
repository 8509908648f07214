package fr.assises.gateway.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.gateway.clients.Builder;
import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.clients.ProgrammeClient;
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
 * The questionnaire builder: each form sends one call of evaluation-service's builder API (create, schedule, add a
 * section, a question, a ready contextual question, publish, close) and evaluation-service keeps every rule; its
 * refusals come back next to the fields of the form that was sent, with what was typed kept.
 */
@Path("/organisation/{slug}/questionnaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class QuestionnairePages {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final List<String> TYPES = List.of("SINGLE_CHOICE", "MULTIPLE_CHOICE", "LIKERT", "SITUATION_SATISFACTION",
            "NUMBER", "SHORT_TEXT", "LONG_TEXT", "THREE_C", "SESSION_RATING");

    @CheckedTemplate(basePath = "Pages")
    static class Templates {
        static native TemplateInstance questionnaires(Visitor.Page page, Dto.Congress congress,
                Panel<List<Dto.Questionnaire>> list, List<Sources> sources, Typed typed, FormErrors errors);

        static native TemplateInstance questionnaireBuilder(Visitor.Page page, Dto.Congress congress,
                Builder.Detail questionnaire, List<Builder.Contextual> contextual, List<String> types, Typed typed,
                FormErrors errors, String flash);

        static native TemplateInstance questionnairePreview(Visitor.Page page, Dto.Congress congress,
                Builder.Detail questionnaire, Dto.Survey survey);
    }

    /** What was typed in one of the page's forms, kept when that form is refused. */
    public record Typed(String form, MultivaluedMap<String, String> fields) {

        static Typed none() {
            return new Typed("", new MultivaluedHashMap<>());
        }

        public String get(String inForm, String name) {
            String value = form.equals(inForm) ? fields.getFirst(name) : null;
            return value == null ? "" : value;
        }

        public boolean checked(String inForm, String name) {
            return form.equals(inForm) && fields.containsKey(name);
        }
    }

    /** The questionnaires of one congress, offered as sources to clone from. */
    public record Sources(Dto.Congress congress, List<Dto.Questionnaire> questionnaires) {
    }

    /** A form refused before evaluation-service was called (a figure or a date that cannot be read). */
    static final class Unreadable extends RuntimeException {
        final transient FormErrors errors;

        Unreadable(FormErrors errors) {
            super(null, null, false, false);
            this.errors = errors;
        }
    }

    @Inject
    Visitor visitor;

    @Inject
    CongressLookup congresses;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    @Inject
    @RestClient
    ProgrammeClient programme;

    @GET
    public TemplateInstance list(@PathParam("slug") String slug) {
        return listPage(congresses.bySlug(slug), Typed.none(), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Typed typed = new Typed("create", fields);
        Builder.Detail created;
        try {
            Map<String, Object> preamble = new LinkedHashMap<>();
            for (String part : List.of("purpose", "use", "anonymity")) {
                String text = Forms.blankToNull(fields.getFirst(part));
                if (text != null) {
                    preamble.put(part, Map.of("fr", text.trim()));
                }
            }
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("congressId", congress.congressId());
            request.put("title", fields.getFirst("title") == null ? "" : fields.getFirst("title").trim());
            request.put("definition", Map.of("preamble", preamble, "sections", List.of()));
            putDate(request, "opensAt", fields, "create");
            putDate(request, "closesAt", fields, "create");
            created = evaluation.create(auth, request);
        } catch (Unreadable e) {
            return html(422, listPage(congress, typed, e.errors));
        } catch (WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (status >= 500 || status == 401 || status == 403) {
                throw new ServiceUnavailable("evaluation");
            }
            return html(422, listPage(congress, typed, refusal(e, "create")));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        return Response.seeOther(URI.create(base(slug) + "/" + created.id() + "?ok=created")).build();
    }

    @GET
    @Path("{id}")
    public TemplateInstance builder(@PathParam("slug") String slug, @PathParam("id") String id,
            @QueryParam("ok") String flash) {
        return builderPage(congresses.bySlug(slug), id, Typed.none(), FormErrors.none(), flash);
    }

    @POST
    @Path("{id}/sections")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addSection(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return act(slug, id, "section", fields, auth -> {
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("title", label(fields.getFirst("title"), fields.getFirst("titleEn")));
            String intro = Forms.blankToNull(fields.getFirst("intro"));
            if (intro != null) {
                request.put("intro", Map.of("fr", intro.trim()));
            }
            evaluation.addSection(auth, id, request);
        }, "section");
    }

    @POST
    @Path("{id}/questions")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addQuestion(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return act(slug, id, "question", fields, auth -> {
            Map<String, Object> question = new LinkedHashMap<>();
            String type = Forms.blankToNull(fields.getFirst("type"));
            question.put("type", type);
            question.put("label", label(fields.getFirst("label"), fields.getFirst("labelEn")));
            String help = Forms.blankToNull(fields.getFirst("help"));
            if (help != null) {
                question.put("help", Map.of("fr", help.trim()));
            }
            question.put("required", fields.containsKey("required"));
            List<String> options = lines(fields.getFirst("options"));
            if (!options.isEmpty()) {
                List<Map<String, Object>> choices = new ArrayList<>();
                for (int i = 0; i < options.size(); i++) {
                    choices.add(Map.of("code", "C" + (i + 1), "label", Map.of("fr", options.get(i))));
                }
                question.put("options", choices);
            }
            List<String> points = lines(fields.getFirst("scale"));
            if (!points.isEmpty()) {
                List<Map<String, Object>> scale = new ArrayList<>();
                for (int i = 0; i < points.size(); i++) {
                    scale.add(Map.of("value", i + 1, "label", Map.of("fr", points.get(i))));
                }
                question.put("scale", scale);
            }
            String satisfaction = Forms.blankToNull(fields.getFirst("satisfactionLabel"));
            if (satisfaction != null) {
                question.put("satisfactionLabel", Map.of("fr", satisfaction.trim()));
            }
            FormErrors unreadable = new FormErrors(new LinkedHashMap<>(), null);
            putNumber(question, "maxSelections", fields, unreadable, true);
            putNumber(question, "min", fields, unreadable, false);
            putNumber(question, "max", fields, unreadable, false);
            putNumber(question, "maxLength", fields, unreadable, true);
            if (unreadable.any()) {
                throw new Unreadable(unreadable);
            }
            String section = Forms.blankToNull(fields.getFirst("section"));
            evaluation.addQuestion(auth, id, section == null ? "-" : section, question);
        }, "question");
    }

    @POST
    @Path("{id}/contextual")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response addContextual(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return act(slug, id, "contextual", fields, auth -> {
            String section = Forms.blankToNull(fields.getFirst("section"));
            Map<String, Object> request = new LinkedHashMap<>();
            request.put("key", fields.getFirst("key") == null ? "" : fields.getFirst("key"));
            evaluation.addContextual(auth, id, section == null ? "-" : section, request);
        }, "contextual");
    }

    @POST
    @Path("{id}/schedule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response schedule(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return act(slug, id, "schedule", fields, auth -> {
            Map<String, Object> request = new LinkedHashMap<>();
            putDate(request, "opensAt", fields, "schedule");
            putDate(request, "closesAt", fields, "schedule");
            evaluation.schedule(auth, id, request);
        }, "schedule");
    }

    @POST
    @Path("{id}/publish")
    public Response publish(@PathParam("slug") String slug, @PathParam("id") String id) {
        return act(slug, id, "publish", new MultivaluedHashMap<>(), auth -> evaluation.publish(auth, id), "published");
    }

    @POST
    @Path("{id}/close")
    public Response close(@PathParam("slug") String slug, @PathParam("id") String id) {
        return act(slug, id, "close", new MultivaluedHashMap<>(), auth -> evaluation.close(auth, id), "closed");
    }

    /** A draft copy of a questionnaire of any edition (the archived one, or this congress's) in this congress. */
    @POST
    @Path("clonage")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cloneInto(@PathParam("slug") String slug, MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        Typed typed = new Typed("clone", fields);
        String source = Forms.blankToNull(fields.getFirst("source"));
        if (source == null) {
            return html(422, listPage(congress, typed, new FormErrors(Map.of("clone-source",
                    t("Choisissez le questionnaire à copier.", "Choose the questionnaire to copy.")), null)));
        }
        try {
            Builder.Detail copy = cloned(source, congress, fields.getFirst("title"));
            return Response.seeOther(URI.create(base(slug) + "/" + copy.id() + "?ok=cloned")).build();
        } catch (WebApplicationException e) {
            return html(422, listPage(congress, typed, cloneRefusal(e, "clone-source")));
        }
    }

    /** A draft copy of this questionnaire in the same congress, e.g. to change a published one. */
    @POST
    @Path("{id}/clone")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response cloneHere(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        Dto.Congress congress = congresses.bySlug(slug);
        try {
            Builder.Detail copy = cloned(id, congress, fields.getFirst("title"));
            return Response.seeOther(URI.create(base(slug) + "/" + copy.id() + "?ok=cloned")).build();
        } catch (WebApplicationException e) {
            return html(422, builderPage(congress, id, new Typed("clone", fields), cloneRefusal(e, "clone-title"),
                    null));
        }
    }

    private Builder.Detail cloned(String source, Dto.Congress congress, String title) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("congressId", congress.congressId());
        if (Forms.blankToNull(title) != null) {
            request.put("title", title.trim());
        }
        try {
            return evaluation.cloneOf(visitor.authorization(), source, request);
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

    private static FormErrors cloneRefusal(WebApplicationException e, String field) {
        FormErrors refused = refusal(e, "clone");
        String message = refused.fields().isEmpty() ? refused.general() : String.join(" ", refused.fields().values());
        return new FormErrors(Map.of(refused.has("clone-title") ? "clone-title" : field, message), null);
    }

    /** The title and the preamble of a draft; the rest of its definition is sent back as evaluation-service gave it. */
    @POST
    @Path("{id}/preambule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePreamble(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return act(slug, id, "preamble", fields, auth -> {
            ObjectNode questionnaire = evaluation.questionnaireJson(auth, id);
            ObjectNode definition = object(questionnaire, "definition");
            ObjectNode preamble = object(definition, "preamble");
            for (String part : List.of("purpose", "use", "anonymity")) {
                String text = Forms.blankToNull(fields.getFirst(part));
                if (text == null) {
                    preamble.remove(part);
                } else {
                    object(preamble, part).put("fr", text.trim());
                }
            }
            update(auth, id, fields.getFirst("title"), definition);
        }, "preamble");
    }

    /**
     * Shows a question only when an earlier one has a given answer ({@code when} = {@code questionId|value}), or
     * always ({@code when} empty). evaluation-service checks that the question is earlier and the value possible.
     */
    @POST
    @Path("{id}/questions/{questionId}/condition")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveCondition(@PathParam("slug") String slug, @PathParam("id") String id,
            @PathParam("questionId") String questionId, MultivaluedMap<String, String> fields) {
        String form = "condition-" + questionId;
        return act(slug, id, form, fields, auth -> {
            String when = Forms.blankToNull(fields.getFirst("when"));
            if (when != null && !when.contains("|")) {
                throw new Unreadable(new FormErrors(Map.of(form, t("Choisissez une réponse d'une question précédente.",
                        "Choose an answer of an earlier question.")), null));
            }
            ObjectNode questionnaire = evaluation.questionnaireJson(auth, id);
            String title = questionnaire.path("title").asText();
            ObjectNode definition = object(questionnaire, "definition");
            ObjectNode question = question(definition, questionId);
            if (question == null) {
                throw new Unreadable(new FormErrors(Map.of(form, t("Question introuvable : " + questionId,
                        "Question not found: " + questionId)), null));
            }
            if (when == null) {
                question.remove("showWhen");
            } else {
                int bar = when.indexOf('|');
                question.putObject("showWhen").put("questionId", when.substring(0, bar))
                        .put("equals", when.substring(bar + 1));
            }
            update(auth, id, title, definition);
        }, "condition");
    }

    /**
     * Changes a question of a draft in place (its wording, help, required flag, and the words of its choices or scale
     * points), so that its id, its display condition and the conditions pointing at it stay. Like the preamble, the
     * definition is read as stored, only this question's fields are changed, and the whole is sent back.
     */
    @POST
    @Path("{id}/questions/{questionId}/modification")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response editQuestion(@PathParam("slug") String slug, @PathParam("id") String id,
            @PathParam("questionId") String questionId, MultivaluedMap<String, String> fields) {
        String form = "edit-" + questionId;
        return act(slug, id, form, fields, auth -> {
            ObjectNode questionnaire = evaluation.questionnaireJson(auth, id);
            String title = questionnaire.path("title").asText();
            ObjectNode definition = object(questionnaire, "definition");
            ObjectNode question = question(definition, questionId);
            if (question == null) {
                throw new Unreadable(new FormErrors(Map.of(), t("Question introuvable : " + questionId,
                        "Question not found: " + questionId)));
            }
            question.set("label", MAPPER.valueToTree(label(fields.getFirst("label"), fields.getFirst("labelEn"))));
            String help = Forms.blankToNull(fields.getFirst("help"));
            if (help == null) {
                question.remove("help");
            } else {
                question.set("help", MAPPER.valueToTree(label(help, fields.getFirst("helpEn"))));
            }
            question.put("required", fields.containsKey("required"));
            if (fields.containsKey("options")) {
                question.set("options", choices(question.path("options"), lines(fields.getFirst("options")),
                        positional(fields.getFirst("optionsEn"))));
            }
            if (fields.containsKey("scale")) {
                List<String> points = lines(fields.getFirst("scale"));
                if (points.isEmpty()) {
                    // evaluation-service puts its default worded scale back
                    question.remove("scale");
                } else {
                    question.set("scale", scale(question.path("scale"), points, positional(fields.getFirst("scaleEn"))));
                }
            }
            update(auth, id, title, definition);
        }, "edited");
    }

    /**
     * The typed choices, each keeping the code of the stored choice with the same French words, else of the stored
     * choice at its place, so that conditions on a choice survive a rewording or a new order; added ones get a new
     * code. The English words are taken line by line.
     */
    private static ArrayNode choices(JsonNode stored, List<String> fr, List<String> en) {
        List<JsonNode> old = new ArrayList<>();
        stored.forEach(old::add);
        JsonNode[] kept = new JsonNode[fr.size()];
        boolean[] used = new boolean[old.size()];
        for (int i = 0; i < fr.size(); i++) {
            for (int j = 0; j < old.size(); j++) {
                if (!used[j] && fr.get(i).equals(old.get(j).path("label").path("fr").asText().trim())) {
                    kept[i] = old.get(j);
                    used[j] = true;
                    break;
                }
            }
        }
        int next = 0;
        for (int i = 0; i < fr.size(); i++) {
            while (kept[i] == null && next < old.size()) {
                if (!used[next]) {
                    kept[i] = old.get(next);
                    used[next] = true;
                }
                next++;
            }
        }
        Set<String> codes = new HashSet<>();
        old.forEach(o -> codes.add(o.path("code").asText()));
        ArrayNode choices = MAPPER.createArrayNode();
        int fresh = 1;
        for (int i = 0; i < fr.size(); i++) {
            ObjectNode choice = kept[i] == null ? MAPPER.createObjectNode() : ((ObjectNode) kept[i]).deepCopy();
            if (kept[i] == null) {
                while (codes.contains("C" + fresh)) {
                    fresh++;
                }
                codes.add("C" + fresh);
                choice.put("code", "C" + fresh);
            }
            choice.set("label", MAPPER.valueToTree(label(fr.get(i), i < en.size() ? en.get(i) : null)));
            choices.add(choice);
        }
        return choices;
    }

    /** The typed scale: the point at each place keeps its stored value; points added go on from the last value. */
    private static ArrayNode scale(JsonNode stored, List<String> fr, List<String> en) {
        ArrayNode points = MAPPER.createArrayNode();
        int value = 0;
        for (int i = 0; i < fr.size(); i++) {
            value = i < stored.size() ? stored.get(i).path("value").asInt(value + 1) : value + 1;
            points.addObject().put("value", value)
                    .set("label", MAPPER.valueToTree(label(fr.get(i), i < en.size() ? en.get(i) : null)));
        }
        return points;
    }

    /** Lines kept in place (a blank line is a choice left untranslated). */
    private static List<String> positional(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::trim).toList();
    }

    /** Deletes a question of a draft; refused here while a later question is shown depending on its answer. */
    @POST
    @Path("{id}/questions/{questionId}/suppression")
    public Response deleteQuestion(@PathParam("slug") String slug, @PathParam("id") String id,
            @PathParam("questionId") String questionId) {
        String form = "delete-" + questionId;
        return act(slug, id, form, new MultivaluedHashMap<>(), auth -> {
            Builder.Detail questionnaire = evaluation.questionnaire(auth, id);
            for (Builder.Section s : questionnaire.sections()) {
                for (Builder.Question q : s.questionsOrEmpty()) {
                    if (q.showWhen() != null && questionId.equals(q.showWhen().questionId())) {
                        throw new Unreadable(new FormErrors(Map.of(form, t("La question « "
                                + q.label().in("fr") + " » ne s'affiche que selon la réponse à celle-ci : retirez d'abord sa condition.",
                                "Question “" + q.label().in("en") + "” is shown depending on this one's answer: remove its condition first.")),
                                null));
                    }
                }
            }
            evaluation.removeQuestion(auth, id, questionId);
        }, "deleted");
    }

    private void update(String auth, String id, String title, ObjectNode definition) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title == null ? "" : title.trim());
        request.put("definition", definition);
        evaluation.update(auth, id, request);
    }

    /** The object member {@code name} of {@code parent}, created when absent. */
    /** The question {@code questionId} of a definition, to change in place; null when it has none. */
    private static ObjectNode question(ObjectNode definition, String questionId) {
        for (JsonNode section : definition.path("sections")) {
            for (JsonNode q : section.path("questions")) {
                if (questionId.equals(q.path("id").asText()) && q instanceof ObjectNode found) {
                    return found;
                }
            }
        }
        return null;
    }

    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }

    /** The questionnaire as a respondent will see it (evaluation-service renders it, in the page's language). */
    @GET
    @Path("{id}/apercu")
    public TemplateInstance preview(@PathParam("slug") String slug, @PathParam("id") String id) {
        Dto.Congress congress = congresses.bySlug(slug);
        String auth = visitor.authorization();
        Builder.Detail questionnaire = load(auth, id);
        Dto.Survey survey;
        try {
            survey = evaluation.preview(auth, id, Map.of("language", visitor.language()));
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
        return Templates.questionnairePreview(visitor.page(t("Aperçu – ", "Preview – ") + questionnaire.title()),
                congress, questionnaire, survey).setLocale(visitor.locale());
    }

    interface Call {
        void send(String auth);
    }

    private Response act(String slug, String id, String form, MultivaluedMap<String, String> fields, Call call,
            String flash) {
        Dto.Congress congress = congresses.bySlug(slug);
        Typed typed = new Typed(form, fields);
        try {
            call.send(visitor.authorization());
        } catch (Unreadable e) {
            return html(422, builderPage(congress, id, typed, e.errors, null));
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
            FormErrors refused = refusal(e, form);
            if (edit) {
                refused = onEditFields(refused, form, fields);
            } else if (perQuestion && status == 404) {
                // the question is gone (deleted in another tab): nothing to show it next to
                refused = new FormErrors(Map.of(), refused.general());
            } else if (perQuestion) {
                refused = new FormErrors(Map.of(form, refused.fields().isEmpty() ? refused.general()
                        : String.join(" ", refused.fields().values())), null);
            }
            return html(422, builderPage(congress, id, typed, refused, null));
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

    private TemplateInstance listPage(Dto.Congress congress, Typed typed, FormErrors errors) {
        String auth = visitor.authorization();
        Panel<List<Dto.Questionnaire>> list = Calls.panel("evaluation",
                () -> evaluation.questionnaires(auth, congress.congressId()));
        return Templates.questionnaires(visitor.page(t("Questionnaires – ", "Questionnaires – ") + congress.title()),
                congress, list, sources(auth, congress, list), typed, errors).setLocale(visitor.locale());
    }

    /**
     * Questionnaires to clone from: this congress's first, then every other edition's (archived included) that
     * evaluation-service knows; an edition it does not know, or programme-service down, only narrows the choice.
     */
    private List<Sources> sources(String auth, Dto.Congress congress, Panel<List<Dto.Questionnaire>> own) {
        List<Sources> sources = new ArrayList<>();
        if (!own.dataOr(List.of()).isEmpty()) {
            sources.add(new Sources(congress, own.data()));
        }
        for (Dto.Congress other : Calls.panel("programme", () -> programme.allCongresses(auth)).dataOr(List.of())) {
            if (other.congressId().equals(congress.congressId())) {
                continue;
            }
            List<Dto.Questionnaire> theirs = Calls.panel("evaluation",
                    () -> evaluation.questionnaires(auth, other.congressId())).dataOr(List.of());
            if (!theirs.isEmpty()) {
                sources.add(new Sources(other, theirs));
            }
        }
        return sources;
    }

    private TemplateInstance builderPage(Dto.Congress congress, String id, Typed typed, FormErrors errors,
            String flash) {
        String auth = visitor.authorization();
        Builder.Detail questionnaire = load(auth, id);
        List<Builder.Contextual> contextual = Calls.panel("evaluation", () -> evaluation.contextualQuestions(auth))
                .dataOr(List.of());
        return Templates.questionnaireBuilder(visitor.page(t("Questionnaire – ", "Questionnaire – ")
                + questionnaire.title()), congress, questionnaire, contextual, TYPES, typed, errors, flash)
                .setLocale(visitor.locale());
    }

    private Builder.Detail load(String auth, String id) {
        try {
            return evaluation.questionnaire(auth, id);
        } catch (WebApplicationException e) {
            if (e.getResponse().getStatus() == 404 || e.getResponse().getStatus() == 400) {
                throw new NotFoundException();
            }
            throw new ServiceUnavailable("evaluation");
        } catch (RuntimeException e) {
            throw new ServiceUnavailable("evaluation");
        }
    }

    /**
     * evaluation-service's problem+json: every {@code errors[].field} shown on the field of the form that was sent
     * ({@code sections[0].questions[2].options} on the question form's options, {@code label.fr} on its label,
     * {@code definition.preamble.purpose.fr} on the purpose), its detail as the general message.
     */
    static FormErrors refusal(WebApplicationException e, String form) {
        Map<String, String> fields = new LinkedHashMap<>();
        String detail;
        try {
            JsonNode problem = MAPPER.readTree(e.getResponse().readEntity(String.class));
            detail = problem.path("detail").asText(problem.path("title").asText(null));
            for (JsonNode error : problem.path("errors")) {
                String path = error.path("field").asText("")
                        .replaceFirst("^.*questions\\[\\d+\\]\\.", "")
                        .replaceFirst("^definition\\.preamble\\.", "")
                        .replaceFirst("^definition\\.", "");
                String name = path.split("[.\\[]")[0];
                fields.putIfAbsent(form + "-" + (name.isEmpty() ? "general" : name), error.path("message").asText());
            }
        } catch (Exception unreadable) {
            detail = "evaluation-service a répondu " + e.getResponse().getStatus();
        }
        return new FormErrors(fields, detail);
    }

    private void putDate(Map<String, Object> request, String name, MultivaluedMap<String, String> fields,
            String form) {
        String typed = Forms.blankToNull(fields.getFirst(name));
        if (typed == null) {
            return;
        }
        try {
            request.put(name, LocalDateTime.parse(typed.trim()).atZone(PARIS).toOffsetDateTime().toString());
        } catch (DateTimeParseException e) {
            throw new Unreadable(new FormErrors(Map.of(form + "-" + name,
                    t("Date et heure attendues (jj/mm/aaaa hh:mm).", "A date and time are expected (dd/mm/yyyy hh:mm).")),
                    null));
        }
    }

    private void putNumber(Map<String, Object> question, String name, MultivaluedMap<String, String> fields,
            FormErrors errors, boolean whole) {
        String typed = Forms.blankToNull(fields.getFirst(name));
        if (typed == null) {
            return;
        }
        try {
            BigDecimal value = new BigDecimal(typed.trim().replace(',', '.'));
            question.put(name, whole ? (Object) value.intValueExact() : value);
        } catch (NumberFormatException | ArithmeticException e) {
            errors.fields().put("question-" + name, whole ? t("Nombre entier attendu.", "A whole number is expected.")
                    : t("Nombre attendu.", "A number is expected."));
        }
    }

    private static Map<String, Object> label(String fr, String en) {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("fr", fr == null ? "" : fr.trim());
        if (Forms.blankToNull(en) != null) {
            label.put("en", en.trim());
        }
        return label;
    }

    private static List<String> lines(String typed) {
        return typed == null ? List.of() : typed.lines().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    private static String base(String slug) {
        return "/organisation/" + slug + "/questionnaires";
    }

    private String t(String fr, String en) {
        return "en".equals(visitor.language()) ? en : fr;
    }

    private static Response html(int status, TemplateInstance page) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).entity(page.render())
                .build();
    }
}
