package fr.assises.gateway.web.organiser.questionnaires;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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
import fr.assises.gateway.clients.EvaluationClient;
import fr.assises.gateway.web.shared.FormErrors;
import fr.assises.gateway.web.shared.Forms;
import fr.assises.gateway.web.shared.Visitor;
import io.smallrye.common.annotation.Blocking;

/**
 * Changes to what a draft questionnaire already holds: its title and preamble, a question's wording and choices, its
 * display condition, its deletion. The definition is read as stored (raw JSON, so members the pages do not show are
 * kept), only what the form names is changed, and the whole is sent back.
 */
@Path("/organisation/{slug}/questionnaires")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"organiser", "admin"})
@Blocking
public class QuestionEditPages {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Inject
    Visitor visitor;

    @Inject
    BuilderPage builder;

    @Inject
    @RestClient
    EvaluationClient evaluation;

    /** The title and the preamble of a draft; the rest of its definition is sent back as evaluation-service gave it. */
    @POST
    @Path("{id}/preambule")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response savePreamble(@PathParam("slug") String slug, @PathParam("id") String id,
            MultivaluedMap<String, String> fields) {
        return builder.act(slug, id, "preamble", fields, () -> {
            ObjectNode questionnaire = evaluation.questionnaireJson(id);
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
            update(id, fields.getFirst("title"), definition);
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
        return builder.act(slug, id, form, fields, () -> {
            String when = Forms.blankToNull(fields.getFirst("when"));
            if (when != null && !when.contains("|")) {
                throw new Unreadable(new FormErrors(Map.of(form, visitor.words(QuestionnaireMsg.class)
                        .condition_answer_expected()), null));
            }
            ObjectNode questionnaire = evaluation.questionnaireJson(id);
            String title = questionnaire.path("title").asText();
            ObjectNode definition = object(questionnaire, "definition");
            ObjectNode question = question(definition, questionId);
            if (question == null) {
                throw new Unreadable(new FormErrors(Map.of(form, visitor.words(QuestionnaireMsg.class)
                        .question_not_found(questionId)), null));
            }
            if (when == null) {
                question.remove("showWhen");
            } else {
                int bar = when.indexOf('|');
                question.putObject("showWhen").put("questionId", when.substring(0, bar))
                        .put("equals", when.substring(bar + 1));
            }
            update(id, title, definition);
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
        return builder.act(slug, id, form, fields, () -> {
            ObjectNode questionnaire = evaluation.questionnaireJson(id);
            String title = questionnaire.path("title").asText();
            ObjectNode definition = object(questionnaire, "definition");
            ObjectNode question = question(definition, questionId);
            if (question == null) {
                throw new Unreadable(new FormErrors(Map.of(), visitor.words(QuestionnaireMsg.class)
                        .question_not_found(questionId)));
            }
            question.set("label",
                    MAPPER.valueToTree(BuilderFields.label(fields.getFirst("label"), fields.getFirst("labelEn"))));
            String help = Forms.blankToNull(fields.getFirst("help"));
            if (help == null) {
                question.remove("help");
            } else {
                question.set("help", MAPPER.valueToTree(BuilderFields.label(help, fields.getFirst("helpEn"))));
            }
            question.put("required", fields.containsKey("required"));
            if (fields.containsKey("options")) {
                question.set("options", choices(question.path("options"),
                        BuilderFields.lines(fields.getFirst("options")),
                        BuilderFields.positional(fields.getFirst("optionsEn"))));
            }
            if (fields.containsKey("scale")) {
                List<String> points = BuilderFields.lines(fields.getFirst("scale"));
                if (points.isEmpty()) {
                    // evaluation-service puts its default worded scale back
                    question.remove("scale");
                } else {
                    question.set("scale", scale(question.path("scale"), points,
                            BuilderFields.positional(fields.getFirst("scaleEn"))));
                }
            }
            update(id, title, definition);
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
            choice.set("label", MAPPER.valueToTree(BuilderFields.label(fr.get(i), i < en.size() ? en.get(i) : null)));
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
                    .set("label", MAPPER.valueToTree(BuilderFields.label(fr.get(i), i < en.size() ? en.get(i) : null)));
        }
        return points;
    }

    /** Deletes a question of a draft; refused here while a later question is shown depending on its answer. */
    @POST
    @Path("{id}/questions/{questionId}/suppression")
    public Response deleteQuestion(@PathParam("slug") String slug, @PathParam("id") String id,
            @PathParam("questionId") String questionId) {
        String form = "delete-" + questionId;
        return builder.act(slug, id, form, new MultivaluedHashMap<>(), () -> {
            Builder.Detail questionnaire = evaluation.questionnaire(id);
            for (Builder.Section s : questionnaire.sections()) {
                for (Builder.Question q : s.questionsOrEmpty()) {
                    if (q.showWhen() != null && questionId.equals(q.showWhen().questionId())) {
                        throw new Unreadable(new FormErrors(Map.of(form, visitor.words(QuestionnaireMsg.class)
                                .condition_depends(q.label().in(visitor.language()))),
                                null));
                    }
                }
            }
            evaluation.removeQuestion(id, questionId);
        }, "deleted");
    }

    private void update(String id, String title, ObjectNode definition) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("title", title == null ? "" : title.trim());
        request.put("definition", definition);
        evaluation.update(id, request);
    }

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

    /** The object member {@code name} of {@code parent}, created when absent. */
    private static ObjectNode object(ObjectNode parent, String name) {
        return parent.get(name) instanceof ObjectNode existing ? existing : parent.putObject(name);
    }
}
