package fr.assises.evaluation.results;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.evaluation.projection.SessionProjection;
import fr.assises.evaluation.questionnaire.Definition.Choice;
import fr.assises.evaluation.questionnaire.Definition.Question;
import fr.assises.evaluation.questionnaire.Definition.ScalePoint;
import fr.assises.evaluation.questionnaire.QuestionType;
import fr.assises.evaluation.results.ResultsDtos.Count;
import fr.assises.evaluation.results.ResultsDtos.SessionRating;
import fr.assises.evaluation.results.ResultsDtos.SituationCount;

/**
 * Counts per choice, scale point, situation and session, with the small cells hidden (see {@link Suppression}):
 * for everyone on contextual questions (their answers are also known from registrations, so a small cell names
 * people), and for partners on every distribution ({@code everyCell}).
 */
record Distributions(int min, boolean everyCell) {

    List<Count> choiceCounts(Question q, List<JsonNode> given, boolean contextual) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        q.options().forEach(o -> counts.put(o.code(), 0));
        for (JsonNode v : given) {
            if (v.isArray()) {
                v.forEach(item -> counts.computeIfPresent(item.asText(), (k, n) -> n + 1));
            } else {
                counts.computeIfPresent(v.asText(), (k, n) -> n + 1);
            }
        }
        List<String> labels = q.options().stream().map(o -> o.label().fr()).toList();
        List<String> codes = q.options().stream().map(Choice::code).toList();
        return counts(codes, labels, codes.stream().mapToInt(counts::get).toArray(), everyCell || contextual,
                q.type() == QuestionType.SINGLE_CHOICE);
    }

    List<Count> scaleCounts(List<ScalePoint> scale, List<JsonNode> given) {
        return counts(scale.stream().map(p -> String.valueOf(p.value())).toList(),
                scale.stream().map(p -> p.label().fr()).toList(),
                scale.stream().mapToInt(p -> (int) given.stream().filter(v -> v.asInt() == p.value()).count())
                        .toArray(), everyCell, true);
    }

    List<SituationCount> situations(Question q, List<JsonNode> given) {
        int n = q.options().size();
        int[] chosen = new int[n];
        int[] yes = new int[n];
        for (int i = 0; i < n; i++) {
            String code = q.options().get(i).code();
            for (JsonNode v : given) {
                if (code.equals(v.path("situation").asText())) {
                    chosen[i]++;
                    yes[i] += v.path("satisfying").asBoolean() ? 1 : 0;
                }
            }
        }
        boolean[] hide = everyCell ? Suppression.hidden(chosen, min, true) : new boolean[n];
        List<SituationCount> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Choice o = q.options().get(i);
            int no = chosen[i] - yes[i];
            boolean splitHidden = hide[i] || everyCell && (yes[i] > 0 && yes[i] < min || no > 0 && no < min);
            result.add(new SituationCount(o.code(), o.label().fr(), hide[i] ? null : chosen[i],
                    splitHidden ? null : yes[i], splitHidden ? null : no, hide[i] || splitHidden));
        }
        return result;
    }

    List<SessionRating> sessionRatings(Question q, List<JsonNode> given, Map<UUID, SessionProjection> sessions) {
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
                result.add(new SessionRating(id, title, kind, everyCell ? null : ratings.size(), true, null, null));
            } else {
                result.add(new SessionRating(id, title, kind, ratings.size(), false, ResultsService.mean(ratings),
                        scaleCounts(q.scale(), ratings)));
            }
        });
        return result;
    }

    private List<Count> counts(List<String> values, List<String> labels, int[] counts, boolean suppress,
            boolean additive) {
        boolean[] hide = suppress ? Suppression.hidden(counts, min, additive) : new boolean[counts.length];
        List<Count> result = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            result.add(new Count(values.get(i), labels.get(i), hide[i] ? null : counts[i], hide[i]));
        }
        return result;
    }
}
