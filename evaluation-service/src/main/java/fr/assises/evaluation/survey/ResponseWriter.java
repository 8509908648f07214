package fr.assises.evaluation.survey;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.common.events.Topics;
import fr.assises.common.outbox.Outbox;
import fr.assises.common.problem.ProblemException;
import fr.assises.evaluation.events.EventTypes;
import fr.assises.evaluation.events.ResponseSubmittedData;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.survey.SurveyResponse.Channel;

/**
 * The two writes of an online answer, each in its caller's own transaction and never in the same one:
 * {@link #consume} marks the access used (the person may not answer again), {@link #record} stores the answers.
 * The access is consumed first and committed; the response is then written idempotently under its edit key, so a
 * failure between the two loses nothing (the same link stays valid and the retry writes the response) and a retry
 * never counts twice (the edit key is unique).
 */
@ApplicationScoped
public class ResponseWriter {

    @Inject
    EntityManager em;

    @Inject
    SurveyAccessRepository accesses;

    @Inject
    AccessTokenRepository tokens;

    @Inject
    Publisher publisher;

    @Inject
    Outbox outbox;

    @Inject
    ObjectMapper objectMapper;

    /**
     * Marks the access of this link used and burns the person's other links; idempotent for the link that
     * consumed it. Every answered access of the questionnaire is rewritten in the same transaction, so the one
     * just consumed carries the same transaction id as all the others.
     */
    public void consume(UUID questionnaireId, UUID accessId, String tokenHash) {
        // the questionnaire first, then the access rows, as a publication does: concurrent consumptions wait in turn
        em.find(Questionnaire.class, questionnaireId, LockModeType.PESSIMISTIC_WRITE);
        SurveyAccess access = accesses.lock(accessId);
        if (tokens.count("tokenHash", tokenHash) == 0) {
            // another of the person's links consumed the access meanwhile and burnt this one
            throw alreadyAnswered();
        }
        if (!access.answered) {
            tokens.delete("accessId = ?1 and tokenHash <> ?2", access.id, tokenHash);
        }
        accesses.markAnsweredAmongAll(access.questionnaireId, access.id);
    }

    /**
     * Stores a response, or replaces the answers of the response with this edit key; returns true for a new one.
     * A new response raises the count and publishes it (never the answers); results follow in batches.
     */
    public boolean record(UUID questionnaireId, Channel channel, String editKey, Map<String, JsonNode> answers) {
        // the row lock serialises the count and the event version across concurrent respondents
        Questionnaire q = em.find(Questionnaire.class, questionnaireId, LockModeType.PESSIMISTIC_WRITE);
        String json = write(answers);
        int inserted = em.createNativeQuery("""
                insert into survey_response (id, questionnaire_id, channel, edit_key, answers)
                values (?1, ?2, ?3, cast(?4 as text), cast(?5 as jsonb)) on conflict (edit_key) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, q.id).setParameter(3, channel.name())
                .setParameter(4, editKey).setParameter(5, json).executeUpdate();
        if (inserted == 0) {
            em.createNativeQuery("update survey_response set answers = cast(?1 as jsonb) where edit_key = ?2")
                    .setParameter(1, json).setParameter(2, editKey).executeUpdate();
        } else {
            q.responseCount += 1;
            q.eventVersion += 1;
            outbox.publish(Topics.EVALUATION, EventTypes.RESPONSE_SUBMITTED, q.id.toString(),
                    new ResponseSubmittedData(q.id, q.congressId, q.responseCount, q.eventVersion));
        }
        publisher.afterWrite(q);
        return inserted == 1;
    }

    static ProblemException alreadyAnswered() {
        return ProblemException.conflict("Vous avez déjà répondu à ce questionnaire : une seule réponse par "
                + "participant, modifiable avec le lien qui a servi à répondre.");
    }

    private String write(Map<String, JsonNode> answers) {
        try {
            return objectMapper.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
