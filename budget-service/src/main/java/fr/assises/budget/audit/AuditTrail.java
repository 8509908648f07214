package fr.assises.budget.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/** Who changed what and when, written in the transaction of the change itself. */
@ApplicationScoped
public class AuditTrail {

    public record EntryView(Instant at, String actor, String actorName, String action, String detail) {
    }

    @Inject
    AuditRepository repository;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID budgetId, Actor actor, String action, String detail) {
        AuditEntry entry = new AuditEntry();
        entry.budgetId = budgetId;
        entry.at = Instant.now();
        entry.actor = actor.subject();
        entry.actorName = actor.username();
        entry.action = action;
        entry.detail = detail.length() > 2000 ? detail.substring(0, 2000) : detail;
        repository.persist(entry);
    }

    @Transactional
    public List<EntryView> of(UUID budgetId) {
        return repository.ofBudget(budgetId).stream()
                .map(e -> new EntryView(e.at, e.actor, e.actorName, e.action, e.detail))
                .toList();
    }
}
