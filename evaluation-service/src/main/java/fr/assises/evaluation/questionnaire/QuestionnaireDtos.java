package fr.assises.evaluation.questionnaire;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

import fr.assises.evaluation.questionnaire.Definition.Condition;
import fr.assises.evaluation.questionnaire.Definition.Label;

/** Requests and responses of the questionnaire builder. */
public final class QuestionnaireDtos {

    private QuestionnaireDtos() {
    }

    public record CreateRequest(@NotNull UUID congressId, @NotBlank @Size(max = 200) String title,
            @Valid Definition definition, OffsetDateTime opensAt, OffsetDateTime closesAt) {
    }

    public record UpdateRequest(@NotBlank @Size(max = 200) String title, @NotNull @Valid Definition definition) {
    }

    public record ScheduleRequest(@NotNull OffsetDateTime opensAt, @NotNull OffsetDateTime closesAt) {
    }

    public record SectionRequest(@Size(max = 60) String id, @NotNull @Valid Label title, @Valid Label intro) {
    }

    public record ContextualRequest(@NotBlank @Size(max = 60) String key) {
    }

    public record CloneRequest(@NotNull UUID congressId, @Size(max = 200) String title) {
    }

    public record PreviewRequest(@Pattern(regexp = "fr|en") String language, List<UUID> sessionIds,
            Map<String, JsonNode> answers) {
    }

    public record QuestionnaireView(UUID id, UUID congressId, String title, String status, String state,
            OffsetDateTime opensAt, OffsetDateTime closesAt, int responseCount, UUID clonedFrom,
            Definition definition) {
    }

    public record ContextualQuestion(String key, Definition.Question question) {
    }

    /** A questionnaire as a respondent sees it, in one language, with what is shown given the answers so far. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RenderedSurvey(UUID questionnaireId, String title, String language, String state,
            OffsetDateTime opensAt, OffsetDateTime closesAt, RenderedPreamble preamble,
            List<RenderedSection> sections, Map<String, JsonNode> answers) {
    }

    public record RenderedPreamble(String purpose, String use, String anonymity) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RenderedSection(String id, String title, String intro, List<RenderedQuestion> questions) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RenderedQuestion(String id, String type, String label, String help, boolean required,
            boolean visible, List<RenderedOption> options, Integer maxSelections, List<RenderedPoint> scale,
            String satisfactionLabel, BigDecimal min, BigDecimal max, Integer maxLength,
            List<RenderedSession> sessions, Condition showWhen) {
    }

    public record RenderedOption(String code, String label) {
    }

    public record RenderedPoint(int value, String label) {
    }

    public record RenderedSession(UUID sessionId, String title, String kind, OffsetDateTime start, String room) {
    }
}
