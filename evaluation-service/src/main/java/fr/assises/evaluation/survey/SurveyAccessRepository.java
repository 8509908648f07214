package fr.assises.evaluation.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SurveyAccessRepository implements PanacheRepositoryBase<SurveyAccess, UUID> {

    public Optional<SurveyAccess> of(UUID questionnaireId, String participantId) {
        return find("questionnaireId = ?1 and participantId = ?2", questionnaireId, participantId)
                .firstResultOptional();
    }

    public List<SurveyAccess> answeredOf(UUID questionnaireId) {
        return list("questionnaireId = ?1 and answered = true", questionnaireId);
    }

    /** The access row, locked until the end of the transaction: serialises a person's concurrent submissions. */
    public SurveyAccess lock(UUID accessId) {
        return findById(accessId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Marks {@code accessId} answered and rewrites every answered access of the questionnaire in the same single
     * statement, so that they all carry the same transaction id (PostgreSQL's {@code xmin}) and the access just
     * consumed is not moved apart from the others: nothing tells it from them, hence nothing matches it with the
     * response written next.
     */
    public void markAnsweredAmongAll(UUID questionnaireId, UUID accessId) {
        update("answered = true where questionnaireId = ?1 and (answered = true or id = ?2)", questionnaireId,
                accessId);
    }

    /**
     * Creates the access rows of every checked-in participant of the congress still without one, in random order:
     * rows are not laid out in the order people ask for their link, which is close to the order they answer in.
     */
    public void ensureAll(UUID questionnaireId, UUID congressId) {
        getEntityManager().createNativeQuery("""
                insert into survey_access (id, questionnaire_id, participant_id, answered)
                select gen_random_uuid(), ?1, p.participant_id, false from (
                    select distinct participant_id from registration_projection
                    where congress_id = ?2 and status = 'CONFIRMED' and checked_in_at is not null) p
                order by random()
                on conflict (questionnaire_id, participant_id) do nothing""")
                .setParameter(1, questionnaireId).setParameter(2, congressId).executeUpdate();
    }

    /** Creates the access row if missing; concurrent callers end up with the same row. */
    public SurveyAccess ensure(UUID questionnaireId, String participantId) {
        getEntityManager().createNativeQuery("""
                insert into survey_access (id, questionnaire_id, participant_id, answered)
                values (?1, ?2, ?3, false) on conflict (questionnaire_id, participant_id) do nothing""")
                .setParameter(1, UUID.randomUUID()).setParameter(2, questionnaireId).setParameter(3, participantId)
                .executeUpdate();
        return of(questionnaireId, participantId).orElseThrow();
    }
}
