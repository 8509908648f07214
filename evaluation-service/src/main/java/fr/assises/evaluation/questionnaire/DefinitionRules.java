package fr.assises.evaluation.questionnaire;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.common.problem.Problem;
import fr.assises.common.problem.ProblemException;
import fr.assises.common.problem.ProblemType;
import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Condition;
import fr.assises.evaluation.questionnaire.Definition.Label;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.Definition.ScalePoint;
import fr.assises.evaluation.questionnaire.Definition.Section;

/**
 * Rules of a questionnaire's structure: ids, per-type settings, conditions pointing backwards; plus the
 * conditional display shared by the answer validation, the preview and the participant's page.
 */
public final class DefinitionRules {

    public static final int SHORT_TEXT_DEFAULT = 200;
    public static final int LONG_TEXT_DEFAULT = 4000;

    /** Labelled in words at every point (the field report: stars confused respondents). */
    public static final List<ScalePoint> DEFAULT_SCALE = List.of(
            new ScalePoint(1, Label.of("Pas du tout satisfaisant", "Not at all satisfactory")),
            new ScalePoint(2, Label.of("Peu satisfaisant", "Slightly satisfactory")),
            new ScalePoint(3, Label.of("Plutôt satisfaisant", "Fairly satisfactory")),
            new ScalePoint(4, Label.of("Très satisfaisant", "Very satisfactory")));

    public static final Label DEFAULT_SATISFACTION = Label.of(
            "Selon votre expérience, cette situation est-elle satisfaisante ?",
            "In your experience, is this situation satisfactory?");

    private DefinitionRules() {
    }

    /** Fills ids and defaults, checks every rule, and throws a 400 listing every error. */
    public static Definition normalise(Definition definition) {
        List<Problem.FieldError> errors = new ArrayList<>();
        Set<String> sectionIds = new HashSet<>();
        Map<String, Question> earlier = new HashMap<>();
        List<Section> sections = new ArrayList<>();
        List<Section> given = definition.sections() == null ? List.of() : definition.sections();
        for (int s = 0; s < given.size(); s++) {
            Section section = given.get(s);
            String sectionId = blank(section.id()) ? "s" + (s + 1) : section.id().trim();
            if (blank(section.id()) && sectionIds.contains(sectionId)) {
                sectionId = "s-" + UUID.randomUUID().toString().substring(0, 8);
            }
            if (!sectionIds.add(sectionId)) {
                errors.add(new Problem.FieldError("sections[" + s + "].id", "identifiant de section en double"));
            }
            List<Question> questions = new ArrayList<>();
            List<Question> givenQuestions = section.questions() == null ? List.of() : section.questions();
            for (int q = 0; q < givenQuestions.size(); q++) {
                String path = "sections[" + s + "].questions[" + q + "]";
                Question question = givenQuestions.get(q);
                String id = blank(question.id()) ? "q-" + UUID.randomUUID().toString().substring(0, 8)
                        : question.id().trim();
                if (earlier.containsKey(id)) {
                    errors.add(new Problem.FieldError(path + ".id", "identifiant de question en double : " + id));
                }
                Question normalised = withDefaults(question.withId(id));
                check(normalised, path, earlier, errors);
                earlier.put(id, normalised);
                questions.add(normalised);
            }
            sections.add(new Section(sectionId, section.title(), section.intro(), questions));
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, "Le questionnaire n'est pas valide.", errors);
        }
        return new Definition(definition.preamble(), sections);
    }

    private static Question withDefaults(Question q) {
        List<ScalePoint> scale = q.scale();
        Label satisfaction = q.satisfactionLabel();
        Integer maxSelections = q.maxSelections();
        Integer maxLength = q.maxLength();
        switch (q.type()) {
            case LIKERT, SESSION_RATING -> scale = scale == null || scale.isEmpty() ? DEFAULT_SCALE : scale;
            case SITUATION_SATISFACTION -> satisfaction = satisfaction == null ? DEFAULT_SATISFACTION : satisfaction;
            case MULTIPLE_CHOICE -> maxSelections = maxSelections == null && q.options() != null
                    ? Integer.valueOf(q.options().size()) : maxSelections;
            case SHORT_TEXT -> maxLength = maxLength == null ? SHORT_TEXT_DEFAULT : maxLength;
            case LONG_TEXT -> maxLength = maxLength == null ? LONG_TEXT_DEFAULT : maxLength;
            default -> {
                // no defaults for the other types
            }
        }
        return new Question(q.id(), q.type(), q.label(), q.help(), q.required(), q.options(), maxSelections, scale,
                satisfaction, q.min(), q.max(), maxLength, q.sessionKinds(), q.showWhen(), q.contextKey());
    }

    private static void check(Question q, String path, Map<String, Question> earlier,
            List<Problem.FieldError> errors) {
        switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, SITUATION_SATISFACTION -> {
                if (q.options() == null || q.options().size() < 2) {
                    errors.add(new Problem.FieldError(path + ".options", "au moins deux choix sont nécessaires"));
                } else if (q.options().stream().map(Choice::code).distinct().count() != q.options().size()) {
                    errors.add(new Problem.FieldError(path + ".options", "codes de choix en double"));
                }
                if (q.type() == QuestionType.MULTIPLE_CHOICE && q.options() != null && (q.maxSelections() == null
                        || q.maxSelections() < 1 || q.maxSelections() > q.options().size())) {
                    errors.add(new Problem.FieldError(path + ".maxSelections",
                            "le nombre maximal de choix doit être compris entre 1 et le nombre de choix"));
                }
            }
            case LIKERT, SESSION_RATING -> {
                if (q.scale().size() < 2) {
                    errors.add(new Problem.FieldError(path + ".scale", "une échelle a au moins deux points"));
                } else if (q.scale().stream().map(ScalePoint::value).distinct().count() != q.scale().size()) {
                    errors.add(new Problem.FieldError(path + ".scale", "valeurs d'échelle en double"));
                }
            }
            case NUMBER -> {
                if (q.min() != null && q.max() != null && q.min().compareTo(q.max()) > 0) {
                    errors.add(new Problem.FieldError(path + ".min", "le minimum dépasse le maximum"));
                }
            }
            case SHORT_TEXT, LONG_TEXT -> {
                if (q.maxLength() < 1 || q.maxLength() > 10_000) {
                    errors.add(new Problem.FieldError(path + ".maxLength", "longueur maximale entre 1 et 10000"));
                }
            }
            default -> {
                // THREE_C has no settings
            }
        }
        Condition condition = q.showWhen();
        if (condition != null) {
            Question source = earlier.get(condition.questionId());
            if (source == null) {
                errors.add(new Problem.FieldError(path + ".showWhen.questionId",
                        "la condition doit porter sur une question précédente"));
            } else if (!acceptsValue(source, condition.equals())) {
                errors.add(new Problem.FieldError(path + ".showWhen.equals",
                        "valeur impossible pour la question " + source.id()));
            }
        }
    }

    private static boolean acceptsValue(Question source, String value) {
        return switch (source.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE, SITUATION_SATISFACTION ->
                source.options().stream().anyMatch(o -> o.code().equals(value));
            case LIKERT -> source.scale().stream().anyMatch(p -> String.valueOf(p.value()).equals(value));
            case THREE_C, SESSION_RATING -> false;
            default -> true;
        };
    }

    public static List<Question> questions(Definition definition) {
        List<Question> all = new ArrayList<>();
        for (Section section : definition.sections()) {
            all.addAll(section.questions());
        }
        return all;
    }

    /**
     * Which questions are shown, in order: a question with a condition is shown when the question it depends on
     * is shown and its answer matches. A session rating is shown only to someone who attended a session.
     */
    public static Map<String, Boolean> visibility(Definition definition, Map<String, JsonNode> answers,
            boolean attendedSessions) {
        Map<String, Boolean> visible = new LinkedHashMap<>();
        Map<String, Question> byId = new HashMap<>();
        for (Question q : questions(definition)) {
            byId.put(q.id(), q);
            boolean shown = q.type() != QuestionType.SESSION_RATING || attendedSessions;
            Condition c = q.showWhen();
            if (shown && c != null) {
                shown = Boolean.TRUE.equals(visible.get(c.questionId()))
                        && matches(byId.get(c.questionId()), answers.get(c.questionId()), c.equals());
            }
            visible.put(q.id(), shown);
        }
        return visible;
    }

    /** Whether an answer "has the value" of a condition: the chosen code, a selected code, the scale point. */
    public static boolean matches(Question q, JsonNode answer, String value) {
        if (q == null || answer == null || answer.isNull()) {
            return false;
        }
        return switch (q.type()) {
            case MULTIPLE_CHOICE -> {
                if (!answer.isArray()) {
                    yield false;
                }
                for (JsonNode item : answer) {
                    if (value.equals(item.asText())) {
                        yield true;
                    }
                }
                yield false;
            }
            case SITUATION_SATISFACTION -> answer.isObject() && value.equals(answer.path("situation").asText());
            case SHORT_TEXT, LONG_TEXT -> answer.isTextual() && answer.asText().trim().equalsIgnoreCase(value.trim());
            case NUMBER -> answer.isNumber() && parse(value) != null
                    && answer.decimalValue().compareTo(parse(value)) == 0;
            default -> answer.isValueNode() && Objects.equals(value, answer.asText());
        };
    }

    private static BigDecimal parse(String value) {
        try {
            return new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
