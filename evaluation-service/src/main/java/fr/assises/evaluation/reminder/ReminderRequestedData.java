package fr.assises.evaluation.reminder;

import java.util.List;
import java.util.UUID;

/**
 * {@code fr.assises.evaluation.survey-reminder-requested.v1}: the checked-in participants (pseudonymous ids) who
 * have not answered a questionnaire, to be sent a reminder by the service that holds their addresses. Never an
 * answer; the event says nothing about who answered beyond not being listed.
 */
public record ReminderRequestedData(UUID reminderId, UUID questionnaireId, UUID congressId,
        List<String> participantIds, long version) {
}
