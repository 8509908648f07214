package fr.assises.budget.budget;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BudgetVersionRepository implements PanacheRepositoryBase<BudgetVersion, UUID> {

    public Optional<BudgetVersion> find(UUID budgetId, int number) {
        return find("budgetId = ?1 and number = ?2", budgetId, number).firstResultOptional();
    }

    public List<BudgetVersion> ofBudget(UUID budgetId) {
        return list("budgetId = ?1 order by number", budgetId);
    }
}
