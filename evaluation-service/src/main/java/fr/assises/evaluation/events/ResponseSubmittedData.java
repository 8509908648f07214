package fr.assises.evaluation.events;

import java.util.UUID;

/**
 * {@code fr.assises.evaluation.response-submitted.v1}: the count of anonymous responses of a questionnaire.
 * Never answers, never a participant id.
 */
public record ResponseSubmittedData(UUID questionnaireId, UUID congressId, int responseCount, long version) {
}
