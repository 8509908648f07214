package fr.assises.gateway.clients;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** evaluation-service's questionnaire builder shapes (QuestionnaireView and its Definition), as the pages read them. */
public final class Builder {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Builder() {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Label(String fr, String en) {

        public String in(String language) {
            return "en".equals(language) && en != null && !en.isBlank() ? en : fr;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Detail(String id, String congressId, String title, String status, String state,
            OffsetDateTime opensAt, OffsetDateTime closesAt, int responseCount, Definition definition) {

        public boolean draft() {
            return "DRAFT".equals(status);
        }

        public List<Section> sections() {
            return definition == null || definition.sections() == null ? List.of() : definition.sections();
        }

        public Preamble preamble() {
            return definition == null || definition.preamble() == null ? new Preamble(null, null, null)
                    : definition.preamble();
        }

        /** The questions before {@code questionId} whose answer can decide whether it is shown. */
        public List<Question> conditionSourcesBefore(String questionId) {
            List<Question> before = new ArrayList<>();
            for (Section s : sections()) {
                for (Question q : s.questionsOrEmpty()) {
                    if (q.id().equals(questionId)) {
                        return before;
                    }
                    if (q.conditionSource()) {
                        before.add(q);
                    }
                }
            }
            return before;
        }

        /** The question {@code id}, or null. */
        public Question question(String id) {
            for (Section s : sections()) {
                for (Question q : s.questionsOrEmpty()) {
                    if (q.id().equals(id)) {
                        return q;
                    }
                }
            }
            return null;
        }

        /** The opening as a {@code datetime-local} field shows it, in Paris time. */
        public String opensLocal() {
            return local(opensAt);
        }

        public String closesLocal() {
            return local(closesAt);
        }

        private static String local(OffsetDateTime time) {
            return time == null ? "" : DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm").format(time.atZoneSameInstant(PARIS));
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Definition(Preamble preamble, List<Section> sections) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preamble(Label purpose, Label use, Label anonymity) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Section(String id, Label title, Label intro, List<Question> questions) {

        public List<Question> questionsOrEmpty() {
            return questions == null ? List.of() : questions;
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Question(String id, String type, Label label, Label help, boolean required, List<Choice> options,
            Integer maxSelections, List<Point> scale, Label satisfactionLabel, BigDecimal min, BigDecimal max,
            Integer maxLength, String contextKey, Condition showWhen) {

        /** Whether the question's answers are choices (or situations) the organiser words. */
        public boolean hasOptions() {
            return "SINGLE_CHOICE".equals(type) || "MULTIPLE_CHOICE".equals(type)
                    || "SITUATION_SATISFACTION".equals(type);
        }

        /** Whether the question is answered on a worded scale. */
        public boolean hasScale() {
            return "LIKERT".equals(type) || "SESSION_RATING".equals(type);
        }

        /** The choices' words in {@code language} ("fr" or "en"), one per line, as the edit form shows them. */
        public String optionsText(String language) {
            return lines(optionsOrEmpty().stream().map(Choice::label).toList(), language);
        }

        /** The scale points' words in {@code language}, one per line, lowest first. */
        public String scaleText(String language) {
            return lines(scaleOrEmpty().stream().map(Point::label).toList(), language);
        }

        private static String lines(List<Label> labels, String language) {
            List<String> lines = new ArrayList<>();
            for (Label label : labels) {
                String text = label == null ? null : "en".equals(language) ? label.en() : label.fr();
                lines.add(text == null ? "" : text);
            }
            return String.join("\n", lines).stripTrailing();
        }

        /** Whether a later question may be shown depending on this one's answer (a choice or a scale point). */
        public boolean conditionSource() {
            return !optionsOrEmpty().isEmpty() && !"SITUATION_SATISFACTION".equals(type) || "LIKERT".equals(type);
        }

        /** The condition as the page's choice sends it: {@code questionId|value}, empty without one. */
        public String conditionValue() {
            return showWhen == null ? "" : showWhen.questionId() + "|" + showWhen.equals();
        }

        /** The words of an answer value: a choice's label or a scale point's. */
        public String answerLabel(String value, String language) {
            for (Choice c : optionsOrEmpty()) {
                if (c.code().equals(value)) {
                    return c.label().in(language);
                }
            }
            for (Point p : scaleOrEmpty()) {
                if (String.valueOf(p.value()).equals(value)) {
                    return p.label().in(language);
                }
            }
            return value;
        }

        public List<Choice> optionsOrEmpty() {
            return options == null ? List.of() : options;
        }

        public List<Point> scaleOrEmpty() {
            return scale == null ? List.of() : scale;
        }
    }

    /** Show the question only when the earlier question {@code questionId} was answered {@code equals}. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Condition(String questionId, String equals) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Choice(String code, Label label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Point(int value, Label label) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Contextual(String key, Question question) {
    }
}
