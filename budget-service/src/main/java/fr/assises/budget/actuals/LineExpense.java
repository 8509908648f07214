package fr.assises.budget.actuals;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** Expenses committed and paid against a line, kept across versions by the line's key. */
@Entity
@Table(name = "line_expense")
@IdClass(LineExpense.Key.class)
public class LineExpense {

    @Id
    @Column(name = "budget_id")
    public UUID budgetId;

    @Id
    @Column(name = "line_key")
    public UUID lineKey;

    @Column(name = "committed_cents", nullable = false)
    public long committedCents;

    @Column(name = "paid_cents", nullable = false)
    public long paidCents;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Composite identifier (budget, line key). */
    public static class Key implements Serializable {

        public UUID budgetId;
        public UUID lineKey;

        public Key() {
        }

        public Key(UUID budgetId, UUID lineKey) {
            this.budgetId = budgetId;
            this.lineKey = lineKey;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(budgetId, key.budgetId)
                    && Objects.equals(lineKey, key.lineKey);
        }

        @Override
        public int hashCode() {
            return Objects.hash(budgetId, lineKey);
        }
    }
}
