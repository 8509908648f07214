package fr.assises.budget.audit;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepository;

@ApplicationScoped
public class AuditRepository implements PanacheRepository<AuditEntry> {

    public List<AuditEntry> ofBudget(UUID budgetId) {
        return list("budgetId = ?1 order by id", budgetId);
    }
}
