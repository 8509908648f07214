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

    /** The one place a participant is marked as having answered: only one concurrent caller gets {@code true}. */
    public boolean markAnswered(UUID accessId) {
        return update("answered = true where id = ?1 and answered = false", accessId) == 1;
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
