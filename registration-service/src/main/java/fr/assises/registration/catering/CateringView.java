package fr.assises.registration.catering;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The caterer's figures of a congress: the newest frozen snapshot (null before the first freeze), each meal's
 * frozen and current counts, and every change since the snapshot.
 */
public record CateringView(UUID congressId, OffsetDateTime freezeAt, Snapshot snapshot, List<Meal> meals,
        List<LateChange> lateChanges) {

    /** {@code takenBy}: SCHEDULE (the freeze date's job) or ORGANISER (on demand). */
    public record Snapshot(UUID id, OffsetDateTime takenAt, String takenBy) {
    }

    /** Frozen figures are null before the first snapshot; {@code added}/{@code removed} count the late changes. */
    public record Meal(UUID sessionId, String title, OffsetDateTime startAt, Integer frozenConfirmed,
            Integer frozenWaitlisted, Integer frozenSpecialDiets, long confirmed, long added, long removed) {
    }

    /**
     * One seat of one meal gained ({@code delta} 1) or given up (-1) since the snapshot. {@code reason}:
     * CANCELLED (registration cancelled), MEAL_CANCELLED (withdrawn from the programme), MEAL_REMOVED (changed
     * by the person or the desk), PROMOTED (from a waiting list), NEW_REGISTRATION, MEAL_ADDED.
     */
    public record LateChange(UUID registrationId, String name, String category, UUID sessionId, String mealTitle,
            OffsetDateTime mealStartAt, int delta, String reason, String reasonLabel, String dietaryNeeds,
            OffsetDateTime changedAt) {
    }
}
