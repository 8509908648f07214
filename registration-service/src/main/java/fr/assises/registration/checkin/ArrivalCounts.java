package fr.assises.registration.checkin;

import java.util.List;
import java.util.UUID;

/** Live arrivals per category: counts only. */
public record ArrivalCounts(UUID congressId, long confirmed, long checkedIn, List<CategoryArrivals> categories) {

    public record CategoryArrivals(String category, long confirmed, long checkedIn) {
    }
}
