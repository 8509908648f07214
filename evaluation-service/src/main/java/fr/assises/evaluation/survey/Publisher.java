package fr.assises.evaluation.survey;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import fr.assises.evaluation.projection.Participant;
import fr.assises.evaluation.projection.ProjectionService;
import fr.assises.evaluation.questionnaire.Questionnaire;
import fr.assises.evaluation.survey.SurveyResponse.Channel;

/**
 * Publishes a questionnaire's responses in batches, so that results and exports cannot be differenced: what they
 * show changes only when at least {@code assises.survey.publish-batch-size} responses were added or edited since
 * the last publication, or once the questionnaire is closed (then whatever remains, final). Comparing two
 * snapshots therefore shows a batch of at least that many responses, never one person's answers.
 *
 * A publication also rewrites the questionnaire's responses in random order inside one transaction, so neither
 * their physical order nor the transaction that wrote them says in which order people answered.
 */
@ApplicationScoped
public class Publisher {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    EntityManager em;

    @Inject
    SurveyAccessRepository accesses;

    @Inject
    ProjectionService projections;

    @Inject
    SurveyConfig config;

    @Inject
    ObjectMapper objectMapper;

    /** Responses added or edited since the last publication. */
    public long pending(UUID questionnaireId) {
        return ((Number) em.createNativeQuery("""
                select count(*) from survey_response where questionnaire_id = ?1
                and (published_answers is null or published_answers <> answers)""")
                .setParameter(1, questionnaireId).getSingleResult()).longValue();
    }

    /** Called after each write of a response, the questionnaire row being locked by the caller. */
    public void afterWrite(Questionnaire q) {
        long pending = pending(q.id);
        boolean closed = "CLOS".equals(q.state(Instant.now()));
        if (pending >= config.publishBatchSize() || (closed && pending > 0)) {
            publish(q);
        }
    }

    /** Before reading a closed questionnaire's results: its remaining responses are final, so publish them. */
    @Transactional
    public void publishIfClosed(Questionnaire q) {
        if ("CLOS".equals(q.state(Instant.now())) && (pending(q.id) > 0 || publication(q.id) == null)) {
            publish(em.find(Questionnaire.class, q.id, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE));
        }
    }

    public SurveyPublication publication(UUID questionnaireId) {
        return em.find(SurveyPublication.class, questionnaireId);
    }

    private void publish(Questionnaire q) {
        em.flush();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = new ArrayList<>(em.createNativeQuery("""
                select id, channel, edit_key, answers::text from survey_response where questionnaire_id = ?1""")
                .setParameter(1, q.id).getResultList());
        em.createNativeQuery("delete from survey_response where questionnaire_id = ?1").setParameter(1, q.id)
                .executeUpdate();
        Collections.shuffle(rows, RANDOM);
        for (Object[] row : rows) {
            em.createNativeQuery("""
                    insert into survey_response (id, questionnaire_id, channel, edit_key, answers, published_answers)
                    values (?1, ?2, ?3, cast(?4 as text), cast(?5 as jsonb), cast(?5 as jsonb))""")
                    .setParameter(1, row[0]).setParameter(2, q.id).setParameter(3, row[1]).setParameter(4, row[2])
                    .setParameter(5, row[3]).executeUpdate();
        }

        Set<String> answered = accesses.answeredOf(q.id).stream().map(a -> a.participantId)
                .collect(Collectors.toSet());
        Map<String, Integer> byCategory = new TreeMap<>();
        for (Map.Entry<String, Participant> e : projections.eligible(q.congressId).entrySet()) {
            if (answered.contains(e.getKey())) {
                byCategory.merge(e.getValue().category(), 1, Integer::sum);
            }
        }
        SurveyPublication existing = publication(q.id);
        SurveyPublication p = existing != null ? existing : new SurveyPublication();
        p.questionnaireId = q.id;
        p.batch += 1;
        p.published = rows.size();
        p.paper = (int) rows.stream().filter(r -> Channel.PAPER.name().equals(r[1])).count();
        p.online = p.published - p.paper;
        try {
            p.answeredByCategory = objectMapper.writeValueAsString(byCategory);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        if (existing == null) {
            em.persist(p);
        }
    }
}
