package fr.assises.evaluation.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.security.Roles;
import fr.assises.evaluation.projection.CategoryLabels;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.questionnaire.Definition;
import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.DefinitionRules;
import fr.assises.evaluation.questionnaire.QuestionType;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.questionnaire.ThreeC;
import fr.assises.evaluation.results.ResultsDtos.CategoryRate;
import fr.assises.evaluation.results.ResultsDtos.ChannelCounts;
import fr.assises.evaluation.results.ResultsDtos.ItemCount;
import fr.assises.evaluation.results.ResultsDtos.NumberSummary;
import fr.assises.evaluation.results.ResultsDtos.QuestionResult;
import fr.assises.evaluation.results.ResultsDtos.Results;
import fr.assises.evaluation.results.ResultsDtos.ThreeCColumn;
import fr.assises.evaluation.survey.Publisher;
import fr.assises.evaluation.survey.SurveyConfig;
import fr.assises.evaluation.survey.SurveyPublication;
import fr.assises.evaluation.survey.SurveyResponseRepository;
import io.quarkus.security.identity.SecurityIdentity;

/**
 * Aggregates the published anonymous responses of a questionnaire. The organising committee (organisers, admins)
 * also reads what was written; anyone else (partners) gets aggregates only: no free text, no 3C item, no minimum
 * or maximum, and no cell under the threshold in any distribution.
 */
@ApplicationScoped
public class ResultsService {

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    SurveyResponseRepository responses;

    @Inject
    ProjectionService projections;

    @Inject
    CategoryLabels categoryLabels;

    @Inject
    Publisher publisher;

    @Inject
    SurveyConfig config;

    @Inject
    ObjectMapper objectMapper;

    /** The published answers of a questionnaire, one map per response, in random-id order. */
    @Transactional
    public List<Map<String, JsonNode>> answers(UUID questionnaireId) {
        publisher.publishIfClosed(questionnaires.find(questionnaireId));
        return responses.publishedOf(questionnaireId).stream().map(r -> read(r.publishedAnswers)).toList();
    }

    /** The results as {@code caller} may read them. */
    @Transactional
    public Results resultsFor(UUID questionnaireId, SecurityIdentity caller) {
        return results(questionnaireId, caller.hasRole(Roles.ORGANISER) || caller.hasRole(Roles.ADMIN));
    }

    @Transactional
    public Results results(UUID questionnaireId, boolean committee) {
        Questionnaire q = questionnaires.find(questionnaireId);
        publisher.publishIfClosed(q);
        Definition definition = questionnaires.definition(q);
        SurveyPublication publication = publisher.publication(q.id);
        List<Map<String, JsonNode>> all = responses.publishedOf(q.id).stream().map(r -> read(r.publishedAnswers))
                .toList();
        int min = config.minGroupSize();
        long checkedIn = projections.checkedInCount(q.congressId);
        int published = publication == null ? 0 : publication.published;
        int paper = publication == null ? 0 : publication.paper;
        ChannelCounts byChannel = new ChannelCounts(published - paper, paper);

        Map<String, Integer> answered = publication == null ? Map.of()
                : readCounts(publication.answeredByCategory);
        Map<String, Long> eligible = new TreeMap<>(projections.checkedInByCategory(q.congressId));
        answered.keySet().forEach(c -> eligible.putIfAbsent(c, 0L));
        List<String> categories = new ArrayList<>(eligible.keySet());
        int[] counts = categories.stream().mapToInt(c -> answered.getOrDefault(c, 0)).toArray();
        boolean[] hide = Suppression.hidden(counts, min, true);
        Map<String, CategoryLabels.Name> names = categoryLabels.of(q.congressId, categories);
        List<CategoryRate> byCategory = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            long of = eligible.get(categories.get(i));
            CategoryLabels.Name name = names.get(categories.get(i));
            byCategory.add(new CategoryRate(categories.get(i), name.fr(), name.en(), of, hide[i] ? null : counts[i],
                    hide[i] ? null : rate(counts[i], of), hide[i]));
        }

        Map<UUID, SessionProjection> sessions = new LinkedHashMap<>();
        projections.sessionsOf(q.congressId).forEach(s -> sessions.put(s.sessionId, s));
        Distributions distributions = new Distributions(min, !committee);
        List<QuestionResult> questions = new ArrayList<>();
        for (Question question : DefinitionRules.questions(definition)) {
            List<JsonNode> given = all.stream().map(a -> a.get(question.id())).filter(v -> v != null).toList();
            questions.add(aggregate(question, given, sessions, distributions, committee));
        }
        // not capped: paper forms cannot be matched to people, so someone may have answered both ways
        String note = published > checkedIn && checkedIn > 0
                ? "Plus de réponses (" + published + ", dont " + paper + " sur papier) que de participants "
                        + "présents (" + checkedIn + ") : une même personne a pu répondre en ligne et sur papier."
                : null;
        return new Results(q.id, q.congressId, q.title, q.state(Instant.now()), min, config.publishBatchSize(),
                published, (int) publisher.pending(q.id), checkedIn, projections.confirmedCount(q.congressId),
                rate(published, checkedIn), byChannel, note, byCategory, questions);
    }

    private QuestionResult aggregate(Question q, List<JsonNode> given, Map<UUID, SessionProjection> sessions,
            Distributions d, boolean committee) {
        String label = q.label().fr();
        String type = q.type().name();
        boolean contextual = q.contextKey() != null;
        int answered = given.size();
        if (q.type() == QuestionType.SESSION_RATING) {
            // each session is its own group, suppressed on its own count
            return new QuestionResult(q.id(), type, label, contextual, answered, false, null, null, null, null, null,
                    null, d.sessionRatings(q, given, sessions));
        }
        if (answered < d.min()) {
            return QuestionResult.hidden(q.id(), type, label, contextual, answered);
        }
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new QuestionResult(q.id(), type, label, contextual, answered,
                    false, d.choiceCounts(q, given, contextual), null, null, null, null, null, null);
            case LIKERT -> new QuestionResult(q.id(), type, label, contextual, answered, false,
                    d.scaleCounts(q.scale(), given), mean(given), null, null, null, null, null);
            case SITUATION_SATISFACTION -> new QuestionResult(q.id(), type, label, contextual, answered, false, null,
                    null, d.situations(q, given), null, null, null, null);
            case NUMBER -> new QuestionResult(q.id(), type, label, contextual, answered, false, null, null, null,
                    number(given, committee), null, null, null);
            case SHORT_TEXT, LONG_TEXT -> new QuestionResult(q.id(), type, label, contextual, answered, false, null,
                    null, null, null, committee ? given.stream().map(JsonNode::asText)
                            .sorted(String.CASE_INSENSITIVE_ORDER).toList() : null, null, null);
            case THREE_C -> {
                List<ThreeCColumn> columns = threeC(given);
                yield new QuestionResult(q.id(), type, label, contextual, answered, false, null, null, null, null,
                        null, committee ? columns : columns.stream().map(ThreeCColumn::withoutItems).toList(), null);
            }
            default -> throw new IllegalStateException("unknown type " + q.type());
        };
    }

    private static NumberSummary number(List<JsonNode> given, boolean committee) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (JsonNode v : given) {
            BigDecimal d = v.decimalValue();
            min = min == null || d.compareTo(min) < 0 ? d : min;
            max = max == null || d.compareTo(max) > 0 ? d : max;
        }
        return committee ? new NumberSummary(min, max, mean(given)) : new NumberSummary(null, null, mean(given));
    }

    private static List<ThreeCColumn> threeC(List<JsonNode> given) {
        List<ThreeCColumn> columns = new ArrayList<>();
        for (Choice column : ThreeC.COLUMNS) {
            // the same item written differently by several people is one item, shown in its most common spelling
            Map<String, Map<String, Integer>> spellings = new TreeMap<>();
            for (JsonNode v : given) {
                for (JsonNode item : v.path(column.code())) {
                    String text = item.asText().trim();
                    spellings.computeIfAbsent(text.toLowerCase(Locale.FRENCH), k -> new TreeMap<>())
                            .merge(text, 1, Integer::sum);
                }
            }
            List<ItemCount> items = spellings.values().stream()
                    .map(forms -> new ItemCount(forms.entrySet().stream()
                            .max(Map.Entry.<String, Integer>comparingByValue()).orElseThrow().getKey(),
                            forms.values().stream().mapToInt(Integer::intValue).sum()))
                    .sorted(Comparator.comparingInt(ItemCount::count).reversed()
                            .thenComparing(ItemCount::item, String.CASE_INSENSITIVE_ORDER))
                    .toList();
            columns.add(new ThreeCColumn(column.code(), column.label().fr(), items));
        }
        return columns;
    }

    static BigDecimal mean(List<JsonNode> values) {
        if (values.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode v : values) {
            sum = sum.add(v.decimalValue());
        }
        return sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP);
    }

    /** A percentage with one decimal, or null when there is nobody to divide by. */
    static BigDecimal rate(long part, long whole) {
        return whole == 0 ? null : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1,
                RoundingMode.HALF_UP);
    }

    private Map<String, Integer> readCounts(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, Integer>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, JsonNode> read(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, JsonNode>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
