package fr.assises.evaluation.survey;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.evaluation.questionnaire.Definition;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.DefinitionRules;
import fr.assises.evaluation.questionnaire.ThreeC;

/**
 * Checks a set of answers against the questionnaire and the respondent's context (the sessions they may rate),
 * and returns them cleaned (texts trimmed, empty answers dropped). Every error is reported at once.
 */
public final class AnswerValidator {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private AnswerValidator() {
    }

    public static Map<String, JsonNode> validate(Definition definition, Map<String, JsonNode> given,
            Map<String, Set<UUID>> ratedSessionsByQuestion, boolean attendedSessions) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Map<String, Question> byId = new LinkedHashMap<>();
        for (Question q : DefinitionRules.questions(definition)) {
            byId.put(q.id(), q);
        }
        Map<String, JsonNode> clean = new LinkedHashMap<>();
        Map<String, JsonNode> answers = given == null ? Map.of() : given;
        for (Map.Entry<String, JsonNode> entry : answers.entrySet()) {
            Question q = byId.get(entry.getKey());
            String field = "answers." + entry.getKey();
            if (q == null) {
                errors.add(new Problem.FieldError(field, "question inconnue"));
                continue;
            }
            JsonNode value = entry.getValue();
            if (isEmpty(value)) {
                continue;
            }
            JsonNode cleaned = check(q, value, ratedSessionsByQuestion.getOrDefault(q.id(), Set.of()), field,
                    errors);
            if (cleaned != null && !isEmpty(cleaned)) {
                clean.put(q.id(), cleaned);
            }
        }
        if (errors.isEmpty()) {
            Map<String, Boolean> visible = DefinitionRules.visibility(definition, clean, attendedSessions);
            for (Question q : byId.values()) {
                boolean shown = Boolean.TRUE.equals(visible.get(q.id()));
                if (!shown && clean.containsKey(q.id())) {
                    errors.add(new Problem.FieldError("answers." + q.id(),
                            "cette question n'est pas affichée (sa condition n'est pas remplie)"));
                } else if (shown && q.required() && !clean.containsKey(q.id())) {
                    errors.add(new Problem.FieldError("answers." + q.id(), "réponse obligatoire"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Certaines réponses ne sont pas valides.", errors);
        }
        return clean;
    }

    private static JsonNode check(Question q, JsonNode value, Set<UUID> ratedSessions, String field,
            List<Problem.FieldError> errors) {
        switch (q.type()) {
            case SINGLE_CHOICE -> {
                if (!value.isTextual() || !isOption(q, value.asText())) {
                    return error(errors, field, "choix inconnu");
                }
                return value;
            }
            case MULTIPLE_CHOICE -> {
                if (!value.isArray()) {
                    return error(errors, field, "une liste de choix est attendue");
                }
                Set<String> chosen = new LinkedHashSet<>();
                for (JsonNode item : value) {
                    if (!item.isTextual() || !isOption(q, item.asText())) {
                        return error(errors, field, "choix inconnu");
                    }
                    chosen.add(item.asText());
                }
                if (chosen.size() > q.maxSelections()) {
                    return error(errors, field, "trop de choix : " + q.maxSelections() + " au maximum");
                }
                ArrayNode out = NODES.arrayNode();
                chosen.forEach(out::add);
                return out;
            }
            case LIKERT -> {
                if (!onScale(q, value)) {
                    return error(errors, field, "valeur hors de l'échelle");
                }
                return value;
            }
            case SITUATION_SATISFACTION -> {
                if (!value.isObject() || !value.path("situation").isTextual()
                        || !isOption(q, value.path("situation").asText())) {
                    return error(errors, field, "qualifiez d'abord la situation (choix inconnu)");
                }
                if (!value.path("satisfying").isBoolean()) {
                    return error(errors, field, "précisez ensuite si cette situation est satisfaisante (oui ou non)");
                }
                ObjectNode out = NODES.objectNode();
                out.put("situation", value.path("situation").asText());
                out.put("satisfying", value.path("satisfying").asBoolean());
                return out;
            }
            case NUMBER -> {
                if (!value.isNumber()) {
                    return error(errors, field, "un nombre est attendu");
                }
                BigDecimal number = value.decimalValue();
                if ((q.min() != null && number.compareTo(q.min()) < 0)
                        || (q.max() != null && number.compareTo(q.max()) > 0)) {
                    return error(errors, field, "valeur hors des bornes autorisées");
                }
                return value;
            }
            case SHORT_TEXT, LONG_TEXT -> {
                if (!value.isTextual()) {
                    return error(errors, field, "un texte est attendu");
                }
                String text = value.asText().trim();
                if (text.length() > q.maxLength()) {
                    return error(errors, field, "texte trop long : " + q.maxLength() + " caractères au maximum");
                }
                return new TextNode(text);
            }
            case THREE_C -> {
                return threeC(value, field, errors);
            }
            case SESSION_RATING -> {
                if (!value.isObject()) {
                    return error(errors, field, "une note par séance est attendue");
                }
                ObjectNode out = NODES.objectNode();
                Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
                while (fields.hasNext()) {
                    Map.Entry<String, JsonNode> rating = fields.next();
                    UUID sessionId = parseUuid(rating.getKey());
                    if (sessionId == null || !ratedSessions.contains(sessionId)) {
                        return error(errors, field, "séance que vous n'avez pas suivie : " + rating.getKey());
                    }
                    if (rating.getValue() == null || rating.getValue().isNull()) {
                        continue;
                    }
                    if (!onScale(q, rating.getValue())) {
                        return error(errors, field, "valeur hors de l'échelle");
                    }
                    out.set(sessionId.toString(), rating.getValue());
                }
                return out;
            }
            default -> throw new IllegalStateException("unknown type " + q.type());
        }
    }

    private static JsonNode threeC(JsonNode value, String field, List<Problem.FieldError> errors) {
        if (!value.isObject()) {
            return error(errors, field, "trois listes sont attendues : conserver, cesser, créer");
        }
        Set<String> columns = new HashSet<>();
        ThreeC.COLUMNS.forEach(c -> columns.add(c.code()));
        ObjectNode out = NODES.objectNode();
        Iterator<Map.Entry<String, JsonNode>> fields = value.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> column = fields.next();
            if (!columns.contains(column.getKey())) {
                return error(errors, field, "liste inconnue : " + column.getKey());
            }
            if (!column.getValue().isArray()) {
                return error(errors, field, "une liste d'éléments est attendue");
            }
            ArrayNode items = NODES.arrayNode();
            for (JsonNode item : column.getValue()) {
                if (!item.isTextual()) {
                    return error(errors, field, "chaque élément est un texte");
                }
                String text = item.asText().trim();
                if (text.length() > ThreeC.MAX_ITEM_LENGTH) {
                    return error(errors, field, "élément trop long : " + ThreeC.MAX_ITEM_LENGTH + " caractères");
                }
                if (!text.isEmpty()) {
                    items.add(text);
                }
            }
            if (items.size() > ThreeC.MAX_ITEMS) {
                return error(errors, field, "trop d'éléments : " + ThreeC.MAX_ITEMS + " par liste au maximum");
            }
            if (!items.isEmpty()) {
                out.set(column.getKey(), items);
            }
        }
        return out;
    }

    private static boolean isOption(Question q, String code) {
        return q.options() != null && q.options().stream().anyMatch(o -> o.code().equals(code));
    }

    private static boolean onScale(Question q, JsonNode value) {
        return value.isIntegralNumber() && q.scale().stream().anyMatch(p -> p.value() == value.asInt());
    }

    static boolean isEmpty(JsonNode value) {
        return value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())
                || (value.isContainerNode() && value.isEmpty());
    }

    private static UUID parseUuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static JsonNode error(List<Problem.FieldError> errors, String field, String message) {
        errors.add(new Problem.FieldError(field, message));
        return null;
    }
}
