package fr.assises.budget.funders;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class FunderRepository implements PanacheRepositoryBase<Funder, UUID> {

    public List<Funder> ofBudget(UUID budgetId) {
        return list("budgetId = ?1 order by type, name", budgetId);
    }

    public Map<UUID, Funder> byId(UUID budgetId) {
        return ofBudget(budgetId).stream().collect(Collectors.toMap(f -> f.id, Function.identity()));
    }
}
