package fr.assises.evaluation.outreach;

import java.util.List;
import java.util.UUID;

/**
 * {@code fr.assises.evaluation.survey-mail-requested.v1}: write to these checked-in participants (pseudonymous ids)
 * about a questionnaire, each with their own opener link. An opener is not personal data (256 random bits) and
 * never shows an answer: it only mints a fresh personal link while its person has not answered.
 */
public record MailRequestedData(UUID requestId, String kind, UUID questionnaireId, UUID congressId, String title,
        List<Recipient> recipients, long version) {

    /** One person to write to and the link that opens their own survey. */
    public record Recipient(String participantId, String link) {
    }
}
