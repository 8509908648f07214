package fr.assises.evaluation.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.indicator.IndicatorDtos.IndicatorRequest;
import fr.assises.evaluation.indicator.IndicatorDtos.IndicatorView;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.DefinitionRules;
import fr.assises.evaluation.questionnaire.QuestionType;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireRepository;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.results.ResultsService;
import fr.assises.evaluation.survey.SurveyConfig;

/** Indicators and their current value from their source, against their target. */
@ApplicationScoped
public class IndicatorService {

    private static final Set<QuestionType> MEASURABLE = Set.of(QuestionType.SINGLE_CHOICE,
            QuestionType.MULTIPLE_CHOICE, QuestionType.LIKERT, QuestionType.SITUATION_SATISFACTION);

    @Inject
    IndicatorRepository indicators;

    @Inject
    QuestionnaireRepository questionnaireRepository;

    @Inject
    QuestionnaireService questionnaires;


    @Inject
    ResultsService results;

    @Inject
    ProjectionService projections;

    @Inject
    SurveyConfig config;

    @Transactional
    public IndicatorView create(UUID congressId, IndicatorRequest request) {
        if (projections.congress(congressId).isEmpty()) {
            throw ProblemException.notFound("Congrès inconnu de l'évaluation.");
        }
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.congressId = congressId;
        indicator.position = request.position() == null ? indicators.ofCongress(congressId).size()
                : request.position();
        indicator.createdAt = Instant.now();
        define(indicator, request);
        indicators.persist(indicator);
        return view(indicator);
    }

    /**
     * Replaces an indicator's definition (label, source and its settings, target, unit, due date, and for a
     * manual one its value) with the same checks as a new one; it keeps its place unless a position is given.
     */
    @Transactional
    public IndicatorView update(UUID id, IndicatorRequest request) {
        Indicator indicator = find(id);
        if (request.position() != null) {
            indicator.position = request.position();
        }
        define(indicator, request);
        return view(indicator);
    }

    private void define(Indicator indicator, IndicatorRequest request) {
        UUID congressId = indicator.congressId;
        indicator.label = request.label().trim();
        indicator.source = request.source();
        indicator.target = request.target();
        indicator.dueDate = request.dueDate();
        indicator.questionnaireId = null;
        indicator.questionId = null;
        indicator.satisfiedValues = null;
        indicator.manualValue = null;
        switch (request.source()) {
            case SURVEY_QUESTION -> surveyQuestion(indicator, congressId, request);
            case RESPONSE_RATE -> {
                indicator.questionnaireId = questionnaireOf(congressId, request.questionnaireId()).id;
                indicator.unit = "%";
            }
            case MANUAL -> {
                indicator.manualValue = request.manualValue();
                indicator.unit = blankToNull(request.unit());
            }
            default -> indicator.unit = Objects.requireNonNullElse(blankToNull(request.unit()), "participants");
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    @Transactional
    public List<IndicatorView> ofCongress(UUID congressId) {
        return indicators.ofCongress(congressId).stream().map(this::view).toList();
    }

    @Transactional
    public IndicatorView setManualValue(UUID id, BigDecimal value) {
        Indicator indicator = find(id);
        if (indicator.source != Indicator.Source.MANUAL) {
            throw ProblemException.businessRule("Seul un indicateur saisi à la main reçoit une valeur ; celui-ci "
                    + "est calculé à partir de sa source.");
        }
        indicator.manualValue = value;
        return view(indicator);
    }

    @Transactional
    public void delete(UUID id) {
        indicators.delete(find(id));
    }

    private Indicator find(UUID id) {
        return indicators.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Indicateur introuvable."));
    }

    private void surveyQuestion(Indicator indicator, UUID congressId, IndicatorRequest request) {
        Questionnaire q = questionnaireOf(congressId, request.questionnaireId());
        if (request.questionId() == null) {
            throw ProblemException.invalidField("questionId", "Choisissez la question mesurée.");
        }
        Question question = DefinitionRules.questions(questionnaires.definition(q)).stream()
                .filter(x -> x.id().equals(request.questionId())).findFirst()
                .orElseThrow(() -> ProblemException.invalidField("questionId",
                        "Question inconnue de ce questionnaire."));
        if (!MEASURABLE.contains(question.type())) {
            throw ProblemException.invalidField("questionId",
                    "Seules les questions à choix, les échelles et les questions situation/satisfaction se mesurent.");
        }
        List<String> values = request.satisfiedValues() == null ? List.of() : request.satisfiedValues();
        if (question.type() != QuestionType.SITUATION_SATISFACTION) {
            if (values.isEmpty()) {
                throw ProblemException.invalidField("satisfiedValues", "Indiquez les réponses qui comptent.");
            }
            for (String v : values) {
                boolean known = question.type() == QuestionType.LIKERT
                        ? question.scale().stream().anyMatch(p -> String.valueOf(p.value()).equals(v))
                        : question.options().stream().anyMatch(o -> o.code().equals(v));
                if (!known) {
                    throw ProblemException.invalidField("satisfiedValues", "Réponse impossible : " + v);
                }
            }
        }
        indicator.questionnaireId = q.id;
        indicator.questionId = question.id();
        indicator.satisfiedValues = values.isEmpty() ? null : String.join(",", values);
        indicator.unit = "%";
    }

    private Questionnaire questionnaireOf(UUID congressId, UUID questionnaireId) {
        if (questionnaireId == null) {
            throw ProblemException.invalidField("questionnaireId", "Choisissez le questionnaire mesuré.");
        }
        return questionnaireRepository.findByIdOptional(questionnaireId)
                .filter(q -> q.congressId.equals(congressId))
                .orElseThrow(() -> ProblemException.invalidField("questionnaireId",
                        "Questionnaire inconnu pour ce congrès."));
    }

    private IndicatorView view(Indicator i) {
        BigDecimal value = null;
        String explanation = null;
        switch (i.source) {
            case REGISTRATIONS -> value = BigDecimal.valueOf(projections.confirmedCount(i.congressId));
            case CHECK_INS -> value = BigDecimal.valueOf(projections.checkedInCount(i.congressId));
            case RESPONSE_RATE -> {
                long checkedIn = projections.checkedInCount(i.congressId);
                value = checkedIn == 0 ? null
                        : percent(results.answers(i.questionnaireId).size(), checkedIn);
                explanation = value == null ? "Aucun participant émargé pour l'instant." : null;
            }
            case SURVEY_QUESTION -> {
                Optional<BigDecimal> share = surveyShare(i);
                value = share.orElse(null);
                explanation = share.isEmpty() ? "Moins de " + config.minGroupSize()
                        + " réponses à cette question : valeur non communiquée." : null;
            }
            case MANUAL -> {
                value = i.manualValue;
                explanation = value == null ? "Valeur à saisir." : null;
            }
            default -> throw new IllegalStateException("unknown source " + i.source);
        }
        String status = value == null ? "EN_ATTENTE" : value.compareTo(i.target) >= 0 ? "ATTEINT" : "NON_ATTEINT";
        return new IndicatorView(i.id, i.congressId, i.label, i.source.name(), i.target, i.unit, value, status,
                explanation, i.questionnaireId, i.questionId,
                i.satisfiedValues == null ? null : Arrays.asList(i.satisfiedValues.split(",")), i.dueDate,
                i.position);
    }

    /** Share of the answers to the question that count as satisfied, when at least the threshold answered. */
    private Optional<BigDecimal> surveyShare(Indicator i) {
        Set<String> satisfied = i.satisfiedValues == null ? Set.of() : Set.of(i.satisfiedValues.split(","));
        List<JsonNode> answers = new ArrayList<>();
        for (Map<String, JsonNode> response : results.answers(i.questionnaireId)) {
            JsonNode answer = response.get(i.questionId);
            if (answer != null) {
                answers.add(answer);
            }
        }
        if (answers.size() < config.minGroupSize()) {
            return Optional.empty();
        }
        long yes = answers.stream().filter(a -> counts(a, satisfied)).count();
        return Optional.of(percent(yes, answers.size()));
    }

    private static boolean counts(JsonNode answer, Set<String> satisfied) {
        if (answer.isObject()) {
            return answer.path("satisfying").asBoolean()
                    && (satisfied.isEmpty() || satisfied.contains(answer.path("situation").asText()));
        }
        if (answer.isArray()) {
            for (JsonNode item : answer) {
                if (satisfied.contains(item.asText())) {
                    return true;
                }
            }
            return false;
        }
        return satisfied.contains(answer.asText());
    }

    private static BigDecimal percent(long part, long whole) {
        return BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }
}
