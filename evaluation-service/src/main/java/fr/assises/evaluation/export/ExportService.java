package fr.assises.evaluation.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.DefinitionRules;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.questionnaire.ThreeC;
import fr.assises.evaluation.survey.SurveyConfig;
import fr.assises.evaluation.survey.SurveyResponse;
import fr.assises.evaluation.survey.SurveyResponse.Channel;
import fr.assises.evaluation.survey.SurveyResponseRepository;

/**
 * Builds the table of anonymous responses behind the CSV and XLSX exports. Raw rows could single someone out in a
 * small group, so there is no export under the threshold and a category under it is shown as "AUTRE".
 */
@ApplicationScoped
public class ExportService {

    static final String OTHER_CATEGORY = "AUTRE";

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    ProjectionService projections;

    @Inject
    SurveyConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Transactional
    public ResponseTable table(UUID questionnaireId) {
        Questionnaire q = questionnaires.find(questionnaireId);
        List<SurveyResponse> stored = responses.ofQuestionnaire(q.id);
        int min = config.minGroupSize();
        if (stored.size() < min) {
            throw ProblemException.businessRule("Moins de " + min + " réponses : l'export des réponses "
                    + "individuelles n'est pas disponible, pour préserver l'anonymat.");
        }
        Map<String, Integer> perCategory = new TreeMap<>();
        stored.forEach(r -> perCategory.merge(r.category, 1, Integer::sum));
        List<Map<String, JsonNode>> answers = stored.stream().map(r -> read(r.answers)).toList();
        List<Question> questions = DefinitionRules.questions(questionnaires.definition(q));
        Map<UUID, String> sessionTitles = new LinkedHashMap<>();
        projections.sessionsOf(q.congressId).forEach((SessionProjection s) -> sessionTitles.put(s.sessionId, s.title));

        List<String> header = new ArrayList<>(List.of("Réponse", "Catégorie", "Canal"));
        Map<String, List<UUID>> ratedSessions = new LinkedHashMap<>();
        for (Question question : questions) {
            String label = question.label().fr();
            switch (question.type()) {
                case SITUATION_SATISFACTION -> {
                    header.add(label + " (situation)");
                    header.add(label + " (satisfaisant)");
                }
                case THREE_C -> ThreeC.COLUMNS.forEach(c -> header.add(label + " (" + c.code() + ")"));
                case SESSION_RATING -> {
                    Set<UUID> rated = new LinkedHashSet<>();
                    for (Map<String, JsonNode> a : answers) {
                        JsonNode v = a.get(question.id());
                        if (v != null) {
                            v.fieldNames().forEachRemaining(f -> rated.add(UUID.fromString(f)));
                        }
                    }
                    List<UUID> ordered = new ArrayList<>(sessionTitles.keySet());
                    ordered.retainAll(rated);
                    rated.stream().filter(id -> !ordered.contains(id)).forEach(ordered::add);
                    ratedSessions.put(question.id(), ordered);
                    ordered.forEach(id -> header.add(label + " : " + sessionTitles.getOrDefault(id, id.toString())));
                }
                default -> header.add(label);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (int i = 0; i < stored.size(); i++) {
            String category = stored.get(i).category;
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(n++));
            row.add(perCategory.get(category) < min ? OTHER_CATEGORY : category);
            row.add(stored.get(i).channel == Channel.PAPER ? "Papier" : "En ligne");
            Map<String, JsonNode> a = answers.get(i);
            for (Question question : questions) {
                cells(question, a.get(question.id()), ratedSessions.get(question.id()), row);
            }
            rows.add(row);
        }
        return new ResponseTable(q.title, header, rows);
    }

    private static void cells(Question q, JsonNode v, List<UUID> sessions, List<String> row) {
        boolean none = v == null || v.isNull();
        switch (q.type()) {
            case SINGLE_CHOICE -> row.add(none ? "" : optionLabel(q.options(), v.asText()));
            case MULTIPLE_CHOICE -> {
                List<String> labels = new ArrayList<>();
                if (!none) {
                    v.forEach(item -> labels.add(optionLabel(q.options(), item.asText())));
                }
                row.add(String.join("; ", labels));
            }
            case LIKERT -> row.add(none ? "" : scaleLabel(q, v.asInt()));
            case SITUATION_SATISFACTION -> {
                row.add(none ? "" : optionLabel(q.options(), v.path("situation").asText()));
                row.add(none ? "" : v.path("satisfying").asBoolean() ? "oui" : "non");
            }
            case THREE_C -> {
                for (Choice column : ThreeC.COLUMNS) {
                    List<String> items = new ArrayList<>();
                    if (!none) {
                        v.path(column.code()).forEach(item -> items.add(item.asText()));
                    }
                    row.add(String.join("; ", items));
                }
            }
            case SESSION_RATING -> {
                for (UUID id : sessions) {
                    JsonNode rating = none ? null : v.get(id.toString());
                    row.add(rating == null ? "" : scaleLabel(q, rating.asInt()));
                }
            }
            default -> row.add(none ? "" : v.asText());
        }
    }

    private static String optionLabel(List<Choice> options, String code) {
        return options.stream().filter(o -> o.code().equals(code)).map(o -> o.label().fr()).findFirst().orElse(code);
    }

    private static String scaleLabel(Question q, int value) {
        return q.scale().stream().filter(p -> p.value() == value).map(p -> value + " - " + p.label().fr())
                .findFirst().orElse(String.valueOf(value));
    }

    private Map<String, JsonNode> read(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, JsonNode>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
