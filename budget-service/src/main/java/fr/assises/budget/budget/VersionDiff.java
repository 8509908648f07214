package fr.assises.budget.budget;

import java.util.List;
import java.util.UUID;

/** Two versions compared line by line (lines are matched by their key, which copies keep). */
public record VersionDiff(int from, int to, List<LineChange> lines, long fromChargesCents, long toChargesCents,
        long fromProduitsCents, long toProduitsCents, long fromBalanceCents, long toBalanceCents) {

    public enum Change {
        ADDED,
        REMOVED,
        CHANGED,
        UNCHANGED
    }

    /**
     * One line in both versions; {@code fromCents}/{@code toCents} are null where the line is absent and
     * {@code fields} names what differs (account, label, driver, amount, quantity…).
     */
    public record LineChange(UUID key, String account, String label, Change change, Long fromCents, Long toCents,
            long deltaCents, String fromFormula, String toFormula, List<String> fields) {
    }
}
