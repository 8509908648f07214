package fr.assises.evaluation.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
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
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.questionnaire.Definition;
import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.Definition.ScalePoint;
import fr.assises.evaluation.questionnaire.DefinitionRules;
import fr.assises.evaluation.questionnaire.QuestionType;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.questionnaire.QuestionnaireService;
import fr.assises.evaluation.questionnaire.ThreeC;
import fr.assises.evaluation.results.ResultsDtos.CategoryRate;
import fr.assises.evaluation.results.ResultsDtos.ChannelCounts;
import fr.assises.evaluation.results.ResultsDtos.Count;
import fr.assises.evaluation.results.ResultsDtos.ItemCount;
import fr.assises.evaluation.results.ResultsDtos.NumberSummary;
import fr.assises.evaluation.results.ResultsDtos.QuestionResult;
import fr.assises.evaluation.results.ResultsDtos.Results;
import fr.assises.evaluation.results.ResultsDtos.SessionRating;
import fr.assises.evaluation.results.ResultsDtos.SituationCount;
import fr.assises.evaluation.results.ResultsDtos.ThreeCColumn;
import fr.assises.evaluation.survey.SurveyConfig;
import fr.assises.evaluation.survey.SurveyResponse;
import fr.assises.evaluation.survey.SurveyResponse.Channel;
import fr.assises.evaluation.survey.SurveyResponseRepository;
import io.quarkus.security.identity.SecurityIdentity;

/** Aggregates the anonymous responses of a questionnaire for organisers and partners. */
@ApplicationScoped
public class ResultsService {

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

    /** The stored answers of a questionnaire, one map per response, in random-id order. */
    @Transactional
    public List<Map<String, JsonNode>> answers(UUID questionnaireId) {
        return responses.ofQuestionnaire(questionnaireId).stream().map(r -> read(r.answers)).toList();
    }

    @Transactional
    /**
     * The results as {@code caller} may read them: the organising committee (organisers, admins) sees what was
     * written; anyone else (partners) aggregates only.
     */
    public Results resultsFor(UUID questionnaireId, SecurityIdentity caller) {
        Results results = results(questionnaireId);
        return caller.hasRole(Roles.ORGANISER) || caller.hasRole(Roles.ADMIN) ? results : results.aggregatesOnly();
    }

    public Results results(UUID questionnaireId) {
        Questionnaire q = questionnaires.find(questionnaireId);
        Definition definition = questionnaires.definition(q);
        List<SurveyResponse> stored = responses.ofQuestionnaire(q.id);
        List<Map<String, JsonNode>> all = stored.stream().map(r -> read(r.answers)).toList();
        int min = config.minGroupSize();
        long checkedIn = projections.checkedInCount(q.congressId);

        Map<String, Integer> perCategory = new TreeMap<>();
        // a paper form is tied to no registration, so it counts in the total but in no category's rate
        stored.stream().filter(r -> r.channel != Channel.PAPER)
                .forEach(r -> perCategory.merge(r.category, 1, Integer::sum));
        int paper = (int) stored.stream().filter(r -> r.channel == Channel.PAPER).count();
        ChannelCounts byChannel = new ChannelCounts(stored.size() - paper, paper);
        Map<String, Long> eligible = new TreeMap<>(projections.checkedInByCategory(q.congressId));
        perCategory.keySet().forEach(c -> eligible.putIfAbsent(c, 0L));
        List<CategoryRate> byCategory = new ArrayList<>();
        eligible.forEach((category, count) -> {
            int answered = perCategory.getOrDefault(category, 0);
            boolean hide = answered < min;
            byCategory.add(new CategoryRate(category, count, hide ? null : answered,
                    hide ? null : rate(answered, count), hide));
        });

        Map<UUID, SessionProjection> sessions = new LinkedHashMap<>();
        projections.sessionsOf(q.congressId).forEach(s -> sessions.put(s.sessionId, s));
        List<QuestionResult> questions = new ArrayList<>();
        for (Question question : DefinitionRules.questions(definition)) {
            List<JsonNode> given = all.stream().map(a -> a.get(question.id())).filter(v -> v != null).toList();
            questions.add(aggregate(question, given, sessions, min));
        }
        // not capped: paper forms cannot be matched to people, so someone may have answered both ways
        String note = stored.size() > checkedIn && checkedIn > 0
                ? "Plus de réponses (" + stored.size() + ", dont " + paper + " sur papier) que de participants "
                        + "présents (" + checkedIn + ") : une même personne a pu répondre en ligne et sur papier."
                : null;
        return new Results(q.id, q.congressId, q.title, q.state(Instant.now()), min, stored.size(), checkedIn,
                projections.confirmedCount(q.congressId), rate(stored.size(), checkedIn), byChannel, note, byCategory,
                questions);
    }

    private QuestionResult aggregate(Question q, List<JsonNode> given, Map<UUID, SessionProjection> sessions,
            int min) {
        String label = q.label().fr();
        String type = q.type().name();
        int answered = given.size();
        if (q.type() == QuestionType.SESSION_RATING) {
            // each session is its own group, suppressed on its own count
            return new QuestionResult(q.id(), type, label, answered, false, null, null, null, null, null, null,
                    sessionRatings(q, given, sessions, min));
        }
        if (answered < min) {
            return QuestionResult.hidden(q.id(), type, label, answered);
        }
        return switch (q.type()) {
            case SINGLE_CHOICE, MULTIPLE_CHOICE -> new QuestionResult(q.id(), type, label, answered, false,
                    choiceCounts(q.options(), given), null, null, null, null, null, null);
            case LIKERT -> new QuestionResult(q.id(), type, label, answered, false, scaleCounts(q.scale(), given),
                    mean(given), null, null, null, null, null);
            case SITUATION_SATISFACTION -> new QuestionResult(q.id(), type, label, answered, false, null, null,
                    situations(q, given), null, null, null, null);
            case NUMBER -> new QuestionResult(q.id(), type, label, answered, false, null, null, null,
                    number(given), null, null, null);
            case SHORT_TEXT, LONG_TEXT -> new QuestionResult(q.id(), type, label, answered, false, null, null, null,
                    null, given.stream().map(JsonNode::asText).sorted(String.CASE_INSENSITIVE_ORDER).toList(), null,
                    null);
            case THREE_C -> new QuestionResult(q.id(), type, label, answered, false, null, null, null, null, null,
                    threeC(given), null);
            default -> throw new IllegalStateException("unknown type " + q.type());
        };
    }

    private static List<Count> choiceCounts(List<Choice> options, List<JsonNode> given) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        options.forEach(o -> counts.put(o.code(), 0));
        for (JsonNode v : given) {
            if (v.isArray()) {
                v.forEach(item -> counts.computeIfPresent(item.asText(), (k, n) -> n + 1));
            } else {
                counts.computeIfPresent(v.asText(), (k, n) -> n + 1);
            }
        }
        return options.stream().map(o -> new Count(o.code(), o.label().fr(), counts.get(o.code()))).toList();
    }

    private static List<Count> scaleCounts(List<ScalePoint> scale, List<JsonNode> given) {
        return scale.stream().map(p -> new Count(String.valueOf(p.value()), p.label().fr(),
                (int) given.stream().filter(v -> v.asInt() == p.value()).count())).toList();
    }

    private static List<SituationCount> situations(Question q, List<JsonNode> given) {
        return q.options().stream().map(o -> {
            List<JsonNode> chosen = given.stream().filter(v -> o.code().equals(v.path("situation").asText()))
                    .toList();
            int yes = (int) chosen.stream().filter(v -> v.path("satisfying").asBoolean()).count();
            return new SituationCount(o.code(), o.label().fr(), chosen.size(), yes, chosen.size() - yes);
        }).toList();
    }

    private static NumberSummary number(List<JsonNode> given) {
        BigDecimal min = null;
        BigDecimal max = null;
        for (JsonNode v : given) {
            BigDecimal d = v.decimalValue();
            min = min == null || d.compareTo(min) < 0 ? d : min;
            max = max == null || d.compareTo(max) > 0 ? d : max;
        }
        return new NumberSummary(min, max, mean(given));
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

    private static List<SessionRating> sessionRatings(Question q, List<JsonNode> given,
            Map<UUID, SessionProjection> sessions, int min) {
        Map<UUID, List<JsonNode>> bySession = new LinkedHashMap<>();
        sessions.keySet().forEach(id -> bySession.put(id, new ArrayList<>()));
        for (JsonNode v : given) {
            Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> rating = fields.next();
                bySession.computeIfAbsent(UUID.fromString(rating.getKey()), k -> new ArrayList<>())
                        .add(rating.getValue());
            }
        }
        List<SessionRating> result = new ArrayList<>();
        bySession.forEach((id, ratings) -> {
            SessionProjection s = sessions.get(id);
            if (ratings.isEmpty()) {
                return;
            }
            String title = s == null ? null : s.title;
            String kind = s == null ? null : s.kind;
            if (ratings.size() < min) {
                result.add(new SessionRating(id, title, kind, ratings.size(), true, null, null));
            } else {
                result.add(new SessionRating(id, title, kind, ratings.size(), false, mean(ratings),
                        scaleCounts(q.scale(), ratings)));
            }
        });
        return result;
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

    private Map<String, JsonNode> read(String json) {
        try {
            return objectMapper.readValue(json, new TypeReference<Map<String, JsonNode>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
