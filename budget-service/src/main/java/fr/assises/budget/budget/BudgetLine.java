package fr.assises.budget.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A line of one version. {@code lineKey} stays the same when a version is copied into the next one, which
 * is what the line-by-line diff and the actual expenses follow.
 */
@Entity
@Table(name = "budget_line")
public class BudgetLine {

    @Id
    public UUID id;

    @Column(name = "version_id", nullable = false)
    public UUID versionId;

    @Column(name = "line_key", nullable = false)
    public UUID lineKey;

    @Column(nullable = false)
    public int position;

    @Column(name = "account_code", nullable = false)
    public String accountCode;

    @Column(nullable = false)
    public String label;

    @Column(name = "funder_id")
    public UUID funderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Driver driver;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Basis basis;

    /** The unit amount: the fixed amount, the price per participant, per meal, per day, or the monthly cost. */
    @Column(name = "unit_cents", nullable = false)
    public long unitCents;

    @Column(nullable = false)
    public long quantity;

    @Column(name = "per_room", nullable = false)
    public boolean perRoom;

    public String category;

    @Column(name = "session_id")
    public UUID sessionId;

    @Column(name = "fte_numerator")
    public Integer fteNumerator;

    @Column(name = "fte_denominator")
    public Integer fteDenominator;

    public Integer months;

    /** The names of the fields that differ from {@code other} (same line key, another version). */
    public List<String> differences(BudgetLine other) {
        List<String> fields = new ArrayList<>();
        compare(fields, "account", accountCode, other.accountCode);
        compare(fields, "label", label, other.label);
        compare(fields, "funderId", funderId, other.funderId);
        compare(fields, "driver", driver, other.driver);
        compare(fields, "basis", basis, other.basis);
        compare(fields, "amount", unitCents, other.unitCents);
        compare(fields, "quantity", quantity, other.quantity);
        compare(fields, "perRoom", perRoom, other.perRoom);
        compare(fields, "category", category, other.category);
        compare(fields, "sessionId", sessionId, other.sessionId);
        compare(fields, "fte", fteNumerator == null ? null : fteNumerator + "/" + fteDenominator,
                other.fteNumerator == null ? null : other.fteNumerator + "/" + other.fteDenominator);
        compare(fields, "months", months, other.months);
        return fields;
    }

    private static void compare(List<String> fields, String name, Object a, Object b) {
        if (!Objects.equals(a, b)) {
            fields.add(name);
        }
    }

    public BudgetLine copyInto(UUID targetVersionId) {
        BudgetLine copy = new BudgetLine();
        copy.id = UUID.randomUUID();
        copy.versionId = targetVersionId;
        copy.lineKey = lineKey;
        copy.position = position;
        copy.accountCode = accountCode;
        copy.label = label;
        copy.funderId = funderId;
        copy.driver = driver;
        copy.basis = basis;
        copy.unitCents = unitCents;
        copy.quantity = quantity;
        copy.perRoom = perRoom;
        copy.category = category;
        copy.sessionId = sessionId;
        copy.fteNumerator = fteNumerator;
        copy.fteDenominator = fteDenominator;
        copy.months = months;
        return copy;
    }
}
