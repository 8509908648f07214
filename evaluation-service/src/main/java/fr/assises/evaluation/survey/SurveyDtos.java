package fr.assises.evaluation.survey;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/** Requests and responses of the participants' survey. */
public final class SurveyDtos {

    private SurveyDtos() {
    }

    /**
     * A participant's access: a fresh personal link (with its QR codes) while they have not answered; once they
     * have, no new link (the one they answered with still edits their answers until closing).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MySurvey(UUID questionnaireId, String title, String state, boolean answered, String token,
            String link, String qrPng, String qrSvg) {
    }

    public record AnswersRequest(@NotNull Map<String, JsonNode> answers) {
    }

    public record Submitted(UUID questionnaireId, boolean edited, String message) {
    }

    /** A paper response typed in: the channel and the questionnaire's new count, nothing of the response. */
    public record PaperSubmitted(UUID questionnaireId, String channel, int responseCount, String message) {
    }
}
