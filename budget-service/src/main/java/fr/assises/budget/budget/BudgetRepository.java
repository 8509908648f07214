package fr.assises.budget.budget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.panache.common.Parameters;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BudgetRepository implements PanacheRepositoryBase<Budget, UUID> {

    public Optional<Budget> findByCongress(UUID congressId) {
        return find("congressId", congressId).firstResultOptional();
    }

    /** Serialises every change of one budget, so that its version number grows without gaps or races. */
    public Optional<Budget> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }

    public List<Budget> forCongress(UUID congressId) {
        return list("congressId = :c", Parameters.with("c", congressId));
    }
}
