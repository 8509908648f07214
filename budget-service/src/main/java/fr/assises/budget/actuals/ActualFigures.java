package fr.assises.budget.actuals;

import java.util.Map;
import java.util.UUID;

/** Confirmed registrations of a congress as the budget counts them. */
public record ActualFigures(long confirmed, Map<String, Long> confirmedByCategory, long revenueCents,
        Map<String, Long> revenueByCategory, Map<UUID, Long> mealsBySession, long meals) {

    public static ActualFigures none() {
        return new ActualFigures(0, Map.of(), 0, Map.of(), Map.of(), 0);
    }

    public long confirmed(String category) {
        return category == null ? confirmed : confirmedByCategory.getOrDefault(category, 0L);
    }

    public long revenue(String category) {
        return category == null ? revenueCents : revenueByCategory.getOrDefault(category, 0L);
    }

    public long meals(UUID sessionId) {
        return sessionId == null ? meals : mealsBySession.getOrDefault(sessionId, 0L);
    }
}
