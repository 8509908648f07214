package fr.assises.budget.budget;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class BudgetLineRepository implements PanacheRepositoryBase<BudgetLine, UUID> {

    public List<BudgetLine> ofVersion(UUID versionId) {
        return list("versionId = ?1 order by position, id", versionId);
    }

    public int nextPosition(UUID versionId) {
        Integer max = getEntityManager()
                .createQuery("select max(l.position) from BudgetLine l where l.versionId = :v", Integer.class)
                .setParameter("v", versionId)
                .getSingleResult();
        return max == null ? 1 : max + 1;
    }
}
