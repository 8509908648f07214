package fr.assises.gateway.web.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ws.rs.core.MultivaluedHashMap;
import jakarta.ws.rs.core.MultivaluedMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import fr.assises.gateway.clients.Dto;
import fr.assises.gateway.web.shared.Forms;

/**
 * The respondent's form, shared by the survey page, the organisers' preview and paper entry: the form's fields as
 * evaluation-service reads answers and back, and which questions the page showed. Every question is written in the
 * page; those the answers so far leave hidden are {@code hidden} and disabled, so they are neither seen nor sent.
 */
public final class SurveyForm {

    /** The field listing the questions the page showed when it was sent, to tell a step from a submission. */
    public static final String SHOWN = "shown";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final List<String> THREE_C = List.of("conserver", "cesser", "creer");

    private SurveyForm() {
    }

    /** What the person ticked or typed, by form field name, kept when the page comes back. */
    public record Typed(MultivaluedMap<String, String> fields) {

        public static Typed none() {
            return new Typed(null);
        }

        public String value(String name) {
            return fields == null ? null : fields.getFirst(name);
        }

        public boolean has(String name, Object value) {
            return fields != null && fields.getOrDefault(name, List.of()).contains(String.valueOf(value));
        }
    }

    /** How the form is used: answering through a link, the organisers' preview (sends nothing), a paper form typed in. */
    public record Mode(String name, String action) {

        public boolean preview() {
            return "preview".equals(name);
        }

        public boolean paper() {
            return "paper".equals(name);
        }
    }

    /** How the questions changed since the page was sent: those the answers brought up, and those they removed. */
    public record Step(Set<String> added, Set<String> removed) {

        public static Step none() {
            return new Step(Set.of(), Set.of());
        }

        /** From the questions the page had shown to those {@code now} shows. */
        public static Step between(Set<String> shown, Set<String> now) {
            Set<String> added = new LinkedHashSet<>(now);
            added.removeAll(shown);
            Set<String> removed = new LinkedHashSet<>(shown);
            removed.removeAll(now);
            return new Step(added, removed);
        }

        public boolean changed() {
            return !added.isEmpty() || !removed.isEmpty();
        }

        public boolean isNew(String id) {
            return added.contains(id);
        }
    }

    public static Set<String> visible(Dto.Survey survey) {
        Set<String> ids = new LinkedHashSet<>();
        survey.questions().forEach(q -> ids.add(q.id()));
        return ids;
    }

    /** The questions the page had shown when it was sent; {@code fallback} when the form did not say. */
    public static Set<String> shown(MultivaluedMap<String, String> fields, Dto.Survey fallback) {
        String list = fields.getFirst(SHOWN);
        if (list == null) {
            return visible(fallback);
        }
        return new LinkedHashSet<>(Arrays.stream(list.trim().split("\\s+")).filter(s -> !s.isEmpty()).toList());
    }

    /** The answers of the questions {@code survey} shows, leaving out those the typed answers now hide. */
    public static Map<String, JsonNode> ofShown(Dto.Survey survey, Map<String, JsonNode> answers) {
        Map<String, JsonNode> kept = new LinkedHashMap<>(answers);
        kept.keySet().retainAll(visible(survey));
        return kept;
    }

    /** The form as evaluation-service reads answers: one JSON value per question, unanswered ones left out. */
    public static Map<String, JsonNode> answers(Dto.Survey survey, MultivaluedMap<String, String> fields) {
        Map<String, JsonNode> answers = new LinkedHashMap<>();
        for (Dto.SurveyQuestion q : survey.allQuestions()) {
            String name = "a_" + q.id();
            String value = Forms.blankToNull(fields.getFirst(name));
            JsonNode answer = switch (q.type()) {
                case "MULTIPLE_CHOICE" -> {
                    ArrayNode chosen = NODES.arrayNode();
                    fields.getOrDefault(name, List.of()).forEach(chosen::add);
                    yield chosen.isEmpty() ? null : chosen;
                }
                case "LIKERT", "NUMBER" -> value == null ? null : number(value);
                case "SITUATION_SATISFACTION" -> {
                    String situation = Forms.blankToNull(fields.getFirst(name + "_situation"));
                    String satisfying = Forms.blankToNull(fields.getFirst(name + "_satisfying"));
                    if (situation == null && satisfying == null) {
                        yield null;
                    }
                    ObjectNode node = NODES.objectNode().put("situation", situation);
                    if (satisfying != null) {
                        node.put("satisfying", "yes".equals(satisfying));
                    }
                    yield node;
                }
                case "THREE_C" -> {
                    ObjectNode node = NODES.objectNode();
                    for (String column : THREE_C) {
                        ArrayNode items = NODES.arrayNode();
                        String text = fields.getFirst(name + "_" + column);
                        if (text != null) {
                            text.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(items::add);
                        }
                        if (!items.isEmpty()) {
                            node.set(column, items);
                        }
                    }
                    yield node.isEmpty() ? null : node;
                }
                case "SESSION_RATING" -> {
                    ObjectNode node = NODES.objectNode();
                    for (Dto.RatedSession s : q.sessionsOrEmpty()) {
                        String rating = Forms.blankToNull(fields.getFirst(name + "_" + s.sessionId()));
                        if (rating != null) {
                            node.set(s.sessionId(), number(rating));
                        }
                    }
                    yield node.isEmpty() ? null : node;
                }
                default -> value == null ? null : NODES.textNode(value);
            };
            if (answer != null) {
                answers.put(q.id(), answer);
            }
        }
        return answers;
    }

    /** The answers saved with a link as the form's fields, so a survey opened again shows what was answered. */
    public static Typed fields(Dto.Survey survey) {
        MultivaluedMap<String, String> fields = new MultivaluedHashMap<>();
        Map<String, JsonNode> saved = survey.answersOrEmpty();
        for (Dto.SurveyQuestion q : survey.allQuestions()) {
            JsonNode answer = saved.get(q.id());
            if (answer == null || answer.isNull()) {
                continue;
            }
            String name = "a_" + q.id();
            switch (q.type()) {
                case "MULTIPLE_CHOICE" -> answer.forEach(item -> fields.add(name, item.asText()));
                case "SITUATION_SATISFACTION" -> {
                    if (answer.hasNonNull("situation")) {
                        fields.add(name + "_situation", answer.get("situation").asText());
                    }
                    if (answer.hasNonNull("satisfying")) {
                        fields.add(name + "_satisfying", answer.get("satisfying").asBoolean() ? "yes" : "no");
                    }
                }
                case "THREE_C" -> THREE_C.forEach(column -> {
                    List<String> items = new ArrayList<>();
                    answer.path(column).forEach(item -> items.add(item.asText()));
                    if (!items.isEmpty()) {
                        fields.add(name + "_" + column, String.join("\n", items));
                    }
                });
                case "SESSION_RATING" -> answer.fields().forEachRemaining(
                        e -> fields.add(name + "_" + e.getKey(), e.getValue().asText()));
                default -> {
                    if (answer.isValueNode()) {
                        fields.add(name, answer.asText());
                    }
                }
            }
        }
        return new Typed(fields);
    }

    /** A number when it reads as one; otherwise the text, so the service names the error on the question. */
    private static JsonNode number(String value) {
        try {
            BigDecimal number = new BigDecimal(value.replace(',', '.'));
            return number.scale() <= 0 ? NODES.numberNode(number.longValueExact()) : NODES.numberNode(number);
        } catch (NumberFormatException | ArithmeticException e) {
            return NODES.textNode(value);
        }
    }
}
