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

    /** The congress's budgets, locked as {@link #lock} does. */
    public List<Budget> lockForCongress(UUID congressId) {
        return find("congressId", congressId).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** A line of a budget's current version that counts confirmed registrations (basis CONFIRMED). */
    public record ConfirmedLine(UUID budgetId, Driver driver, String category, UUID sessionId) {
    }

    /** The lines of the congress's budgets (current versions) that follow confirmed registrations: one query. */
    @SuppressWarnings("unchecked")
    public List<ConfirmedLine> confirmedLines(UUID congressId) {
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                select b.id, l.driver, l.category, l.session_id from budget b
                join budget_version v on v.budget_id = b.id and v.number = b.current_version
                join budget_line l on l.version_id = v.id and l.basis = 'CONFIRMED'
                where b.congress_id = ?1""").setParameter(1, congressId).getResultList();
        return rows.stream().map(r -> new ConfirmedLine((UUID) r[0], Driver.valueOf((String) r[1]), (String) r[2],
                (UUID) r[3])).toList();
    }

    public List<Budget> forCongress(UUID congressId) {
        return list("congressId = :c", Parameters.with("c", congressId));
    }
}
