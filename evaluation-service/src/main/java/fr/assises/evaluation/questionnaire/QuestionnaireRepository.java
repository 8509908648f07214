package fr.assises.evaluation.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class QuestionnaireRepository implements PanacheRepositoryBase<Questionnaire, UUID> {

    public List<Questionnaire> ofCongress(UUID congressId) {
        return list("congressId = ?1 order by createdAt", congressId);
    }

    /** The published questionnaire participants are sent to: the latest published one of the congress. */
    public Optional<Questionnaire> publishedOf(UUID congressId) {
        return find("congressId = ?1 and status = ?2 order by opensAt desc, createdAt desc", congressId,
                Questionnaire.Status.PUBLISHED).firstResultOptional();
    }
}
