package fr.assises.evaluation.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Aggregated results (online and paper responses together; the split by channel is shown): counts and means only, never a response. A group under the threshold is marked
 * {@code suppressed} and shows no figure.
 */
public final class ResultsDtos {

    private ResultsDtos() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Results(UUID questionnaireId, UUID congressId, String title, String state, int minGroupSize,
            int responses, long checkedIn, long confirmed, BigDecimal responseRate, ChannelCounts byChannel,
            String responseRateNote, List<CategoryRate> byCategory, List<QuestionResult> questions) {

        /**
         * These results without anything a person wrote: no free-text answer, no 3C item, only how many there are.
         * What partners get, from every path and document they may call.
         */
        public Results aggregatesOnly() {
            return new Results(questionnaireId, congressId, title, state, minGroupSize, responses, checkedIn,
                    confirmed, responseRate, byChannel, responseRateNote, byCategory,
                    questions == null ? null : questions.stream().map(QuestionResult::aggregatesOnly).toList());
        }
    }

    /** Responses given through a personal link and paper forms typed in by organisers. */
    public record ChannelCounts(int online, int paper) {
    }

    /** Response rate of one registration category; its figures are hidden under the threshold. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryRate(String category, long checkedIn, Integer responses, BigDecimal responseRate,
            boolean suppressed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String id, String type, String label, int answered, boolean suppressed,
            List<Count> distribution, BigDecimal mean, List<SituationCount> situations, NumberSummary number,
            List<String> texts, List<ThreeCColumn> threeC, List<SessionRating> sessions) {

        public static QuestionResult hidden(String id, String type, String label, int answered) {
            return new QuestionResult(id, type, label, answered, true, null, null, null, null, null, null, null);
        }

        QuestionResult aggregatesOnly() {
            return new QuestionResult(id, type, label, answered, suppressed, distribution, mean, situations, number,
                    null, threeC == null ? null : threeC.stream().map(ThreeCColumn::withoutItems).toList(),
                    sessions);
        }
    }

    public record Count(String value, String label, int count) {
    }

    /** The two-step question: how often each situation was chosen, and how many found it satisfying. */
    public record SituationCount(String code, String label, int count, int satisfying, int notSatisfying) {
    }

    public record NumberSummary(BigDecimal min, BigDecimal max, BigDecimal mean) {
    }

    /** A 3C column: the items as written (for the organising committee only) and how many were written. */
    public record ThreeCColumn(String column, String label, List<ItemCount> items, int contributions) {

        public ThreeCColumn(String column, String label, List<ItemCount> items) {
            this(column, label, items, items.stream().mapToInt(ItemCount::count).sum());
        }

        ThreeCColumn withoutItems() {
            return new ThreeCColumn(column, label, List.of(), contributions);
        }
    }

    /** A 3C item as written (trimmed), grouped with the same item written by others, case aside. */
    public record ItemCount(String item, int count) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionRating(UUID sessionId, String title, String kind, int count, boolean suppressed,
            BigDecimal mean, List<Count> distribution) {
    }
}
