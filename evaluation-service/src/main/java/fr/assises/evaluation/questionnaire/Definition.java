package fr.assises.evaluation.questionnaire;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The structure of a questionnaire: a preamble, then sections of questions. Stored as one JSON document. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Definition(@Valid Preamble preamble, @NotNull @Size(max = 30) List<@Valid @NotNull Section> sections) {

    /** French text with an optional English translation. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Label(@NotBlank @Size(max = 2000) String fr, @Size(max = 2000) String en) {

        public static Label of(String fr) {
            return new Label(fr, null);
        }

        public static Label of(String fr, String en) {
            return new Label(fr, en);
        }

        public String in(String language) {
            return "en".equals(language) && en != null && !en.isBlank() ? en : fr;
        }
    }

    /** What the survey is for, what is done with the answers, and how anonymity is kept. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Preamble(@Valid Label purpose, @Valid Label use, @Valid Label anonymity) {

        public boolean complete() {
            return filled(purpose) && filled(use) && filled(anonymity);
        }

        private static boolean filled(Label label) {
            return label != null && label.fr() != null && !label.fr().isBlank();
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Section(@Size(max = 60) String id, @NotNull @Valid Label title, @Valid Label intro,
            @NotNull @Size(max = 100) List<@Valid @NotNull Question> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Question(
            @Size(max = 60) String id,
            @NotNull QuestionType type,
            @NotNull @Valid Label label,
            @Valid Label help,
            boolean required,
            @Size(max = 50) List<@Valid @NotNull Choice> options,
            Integer maxSelections,
            @Size(max = 11) List<@Valid @NotNull ScalePoint> scale,
            @Valid Label satisfactionLabel,
            BigDecimal min,
            BigDecimal max,
            Integer maxLength,
            List<String> sessionKinds,
            @Valid Condition showWhen,
            @Size(max = 60) String contextKey) {

        public Question withId(String newId) {
            return new Question(newId, type, label, help, required, options, maxSelections, scale, satisfactionLabel,
                    min, max, maxLength, sessionKinds, showWhen, contextKey);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Choice(@NotBlank @Size(max = 60) String code, @NotNull @Valid Label label) {
    }

    /** One point of a labelled scale: every point has words, never stars. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ScalePoint(int value, @NotNull @Valid Label label) {
    }

    /** Show the question only when the earlier question {@code questionId} was answered with {@code equals}. */
    public record Condition(@NotBlank String questionId, @NotBlank String equals) {
    }
}
