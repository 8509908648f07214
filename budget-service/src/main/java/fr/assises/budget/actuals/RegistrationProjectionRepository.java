package fr.assises.budget.actuals;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class RegistrationProjectionRepository implements PanacheRepositoryBase<RegistrationProjection, UUID> {

    private static final String BY_CATEGORY = """
            select category, count(*), coalesce(sum(fee_cents), 0) from registration_projection
            where congress_id = ?1 and status = 'CONFIRMED' group by category order by category""";

    private static final String MEALS = """
            select m.session_id, count(*) from registration_meal m
            join registration_projection r on r.registration_id = m.registration_id
            where r.congress_id = ?1 and r.status = 'CONFIRMED' and m.status = 'CONFIRMED'
            group by m.session_id""";

    @SuppressWarnings("unchecked")
    public ActualFigures figures(UUID congressId) {
        Map<String, Long> byCategory = new LinkedHashMap<>();
        Map<String, Long> revenueByCategory = new LinkedHashMap<>();
        long confirmed = 0;
        long revenue = 0;
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery(BY_CATEGORY)
                .setParameter(1, congressId).getResultList()) {
            long count = ((Number) row[1]).longValue();
            long fees = ((Number) row[2]).longValue();
            byCategory.put((String) row[0], count);
            revenueByCategory.put((String) row[0], fees);
            confirmed += count;
            revenue += fees;
        }
        Map<UUID, Long> meals = new HashMap<>();
        long mealTotal = 0;
        for (Object[] row : (List<Object[]>) getEntityManager().createNativeQuery(MEALS)
                .setParameter(1, congressId).getResultList()) {
            long count = ((Number) row[1]).longValue();
            meals.put((UUID) row[0], count);
            mealTotal += count;
        }
        return new ActualFigures(confirmed, byCategory, revenue, revenueByCategory, meals, mealTotal);
    }

    public void replaceMeals(UUID registrationId, List<Map.Entry<UUID, String>> meals) {
        getEntityManager().createNativeQuery("delete from registration_meal where registration_id = ?1")
                .setParameter(1, registrationId).executeUpdate();
        for (Map.Entry<UUID, String> meal : meals) {
            getEntityManager().createNativeQuery("""
                    insert into registration_meal (registration_id, session_id, status) values (?1, ?2, ?3)
                    on conflict (registration_id, session_id) do update set status = excluded.status""")
                    .setParameter(1, registrationId)
                    .setParameter(2, meal.getKey())
                    .setParameter(3, meal.getValue())
                    .executeUpdate();
        }
    }
}
