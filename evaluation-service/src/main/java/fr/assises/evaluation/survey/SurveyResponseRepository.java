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

    /**
     * The published responses (see {@link Publisher}) in the order of their random ids: the order says nothing about
     * who answered when. Results, exports and indicators read these only.
     */
    public List<SurveyResponse> publishedOf(UUID questionnaireId) {
        return list("questionnaireId = ?1 and publishedAnswers is not null order by id", questionnaireId);
    }
}
