package fr.assises.evaluation.survey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class SurveyResponseRepository implements PanacheRepositoryBase<SurveyResponse, UUID> {

    public Optional<SurveyResponse> byEditKey(String editKey) {
        return find("editKey", editKey).firstResultOptional();
    }

    /** Responses in the order of their random ids: the order says nothing about who answered when. */
    public List<SurveyResponse> ofQuestionnaire(UUID questionnaireId) {
        return list("questionnaireId = ?1 order by id", questionnaireId);
    }

    public long countOf(UUID questionnaireId) {
        return count("questionnaireId", questionnaireId);
    }
}
