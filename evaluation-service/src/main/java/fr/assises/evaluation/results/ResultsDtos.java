package fr.assises.evaluation.results;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Aggregated results (online and paper responses together; the split by channel is shown): counts and means only,
 * never a response, and only as of the last publication (batches of at least {@code publishBatchSize} responses,
 * or everything once closed). A group under the threshold is marked {@code suppressed} and shows no figure.
 */
public final class ResultsDtos {

    private ResultsDtos() {
    }

    /**
     * {@code responses}: the published responses; {@code awaitingPublication}: responses (or edits) received since,
     * shown with the next batch.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Results(UUID questionnaireId, UUID congressId, String title, String state, int minGroupSize,
            int publishBatchSize, int responses, int awaitingPublication, long checkedIn, long confirmed,
            BigDecimal responseRate, ChannelCounts byChannel, String responseRateNote, List<CategoryRate> byCategory,
            List<QuestionResult> questions) {
    }

    /** Responses given through a personal link and paper forms typed in by organisers. */
    public record ChannelCounts(int online, int paper) {
    }

    /**
     * Response rate of one registration category (counted on who answered, not on the responses); its figures are
     * hidden under the threshold, and so are those of another category when one hidden group could be recovered
     * from the total. {@code label} and {@code labelEn} name the category (registration-service's names).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CategoryRate(String category, String label, String labelEn, long checkedIn, Integer responses, BigDecimal responseRate,
            boolean suppressed) {
    }

    /**
     * One question's results. {@code texts} (free texts) and the 3C {@code items} are for the organising committee
     * only; partners get counts.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuestionResult(String id, String type, String label, boolean contextual, int answered,
            boolean suppressed, List<Count> distribution, BigDecimal mean, List<SituationCount> situations,
            NumberSummary number, List<String> texts, List<ThreeCColumn> threeC, List<SessionRating> sessions) {

        public static QuestionResult hidden(String id, String type, String label, boolean contextual, int answered) {
            return new QuestionResult(id, type, label, contextual, answered, true, null, null, null, null, null, null,
                    null);
        }
    }

    /** A choice or a scale point and how many gave it; {@code count} is null when suppressed. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Count(String value, String label, Integer count, boolean suppressed) {
    }

    /** The two-step question: how often each situation was chosen, and how many found it satisfying. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SituationCount(String code, String label, Integer count, Integer satisfying,
            Integer notSatisfying, boolean suppressed) {
    }

    /** {@code min} and {@code max} are one person's answer each: the organising committee's only. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
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

    /** One session's ratings; under the threshold, partners do not even get their number ({@code count} null). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SessionRating(UUID sessionId, String title, String kind, Integer count, boolean suppressed,
            BigDecimal mean, List<Count> distribution) {
    }
}
