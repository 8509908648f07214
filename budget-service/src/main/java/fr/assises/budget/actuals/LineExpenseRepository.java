package fr.assises.budget.actuals;

import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class LineExpenseRepository implements PanacheRepositoryBase<LineExpense, LineExpense.Key> {

    public Map<UUID, LineExpense> byLineKey(UUID budgetId) {
        return list("budgetId", budgetId).stream().collect(Collectors.toMap(e -> e.lineKey, Function.identity()));
    }
}
