package fr.assises.registration.survey;

import java.util.List;
import java.util.UUID;

/**
 * evaluation-service's {@code fr.assises.evaluation.survey-mail-requested.v1}: write to these participants
 * (pseudonymous ids) about a questionnaire, each with the opener link of their own survey.
 */
public record SurveyMailRequested(UUID requestId, String kind, UUID questionnaireId, UUID congressId, String title,
        List<Recipient> recipients, long version) {

    /** One person and the link that opens their own survey. */
    public record Recipient(String participantId, String link) {
    }
}
