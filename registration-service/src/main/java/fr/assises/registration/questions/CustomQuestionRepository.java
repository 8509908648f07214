package fr.assises.registration.questions;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CustomQuestionRepository implements PanacheRepositoryBase<CustomQuestion, UUID> {

    public List<CustomQuestion> of(UUID congressId) {
        return list("congressId = ?1 order by position", congressId);
    }
}
