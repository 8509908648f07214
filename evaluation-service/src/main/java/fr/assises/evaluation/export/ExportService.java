package fr.assises.evaluation.export;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.DefinitionRules;
import fr.assises.evaluation.questionnaire.QuestionType;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.questionnaire.ThreeC;
import fr.assises.evaluation.survey.Publisher;
import fr.assises.evaluation.survey.SurveyConfig;
import fr.assises.evaluation.survey.SurveyResponse;
import fr.assises.evaluation.survey.SurveyResponse.Channel;
import fr.assises.evaluation.survey.SurveyResponseRepository;

/**
 * Builds the table of published anonymous responses behind the CSV and XLSX exports. A row is a whole response,
 * so it leaves out what could be matched with registration data and single its author out: no registration
 * category, no contextual question (statutory category, territory type, job title, years in the role: the
 * results give them as counts) and no per-session rating (which sessions a person rated says which workshops and
 * meals they chose: the results give each session's ratings). No export under the threshold; rows change only with
 * a publication (see {@code Publisher}).
 */
@ApplicationScoped
public class ExportService {

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    Publisher publisher;

    @Inject
    SurveyConfig config;

    @Inject
    ObjectMapper objectMapper;

    @Transactional
    public ResponseTable table(UUID questionnaireId) {
        Questionnaire q = questionnaires.find(questionnaireId);
        publisher.publishIfClosed(q);
        List<SurveyResponse> stored = responses.publishedOf(q.id);
        int min = config.minGroupSize();
        if (stored.size() < min) {
            throw ProblemException.businessRule("Moins de " + min + " réponses : l'export des réponses "
                    + "individuelles n'est pas disponible, pour préserver l'anonymat.");
        }
        List<Map<String, JsonNode>> answers = stored.stream().map(r -> read(r.publishedAnswers)).toList();
        List<Question> questions = DefinitionRules.questions(questionnaires.definition(q)).stream()
                .filter(ExportService::rowLevel).toList();

        List<String> header = new ArrayList<>(List.of("Réponse", "Canal"));
        Set<Integer> numeric = new HashSet<>(Set.of(0));
        for (Question question : questions) {
            String label = question.label().fr();
            if (question.type() == QuestionType.NUMBER) {
                numeric.add(header.size());
            }
            switch (question.type()) {
                case SITUATION_SATISFACTION -> {
                    header.add(label + " (situation)");
                    header.add(label + " (satisfaisant)");
                }
                case THREE_C -> ThreeC.COLUMNS.forEach(c -> header.add(label + " (" + c.code() + ")"));
                default -> header.add(label);
            }
        }
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (int i = 0; i < stored.size(); i++) {
            List<String> row = new ArrayList<>();
            row.add(String.valueOf(n++));
            row.add(stored.get(i).channel == Channel.PAPER ? "Papier" : "En ligne");
            Map<String, JsonNode> a = answers.get(i);
            for (Question question : questions) {
                cells(question, a.get(question.id()), row);
            }
            rows.add(row);
        }
        return new ResponseTable(q.title, header, rows, numeric);
    }

    /** Whether a question's answer may appear in a row: not contextual, not a per-session rating. */
    static boolean rowLevel(Question q) {
        return q.contextKey() == null && q.type() != QuestionType.SESSION_RATING;
    }

    private static void cells(Question q, JsonNode v, List<String> row) {
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
            default -> row.add(none ? "" : v.asText());
        }
    }

    private static String optionLabel(List<Choice> options, String code) {
        return options.stream().filter(o -> o.code().equals(code)).map(o -> o.label().fr()).findFirst().orElse(code);
    }

    private static String scaleLabel(Question q, int value) {
        return q.scale().stream().filter(p -> p.value() == value).map(p -> value + " – " + p.label().fr())
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
