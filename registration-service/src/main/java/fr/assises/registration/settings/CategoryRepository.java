package fr.assises.registration.settings;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CategoryRepository implements PanacheRepositoryBase<Category, Category.Key> {

    public List<Category> of(UUID congressId) {
        return list("congressId = ?1 order by code", congressId);
    }

    public Optional<Category> find(UUID congressId, String code) {
        return findByIdOptional(new Category.Key(congressId, code));
    }
}
