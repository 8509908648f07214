package fr.assises.budget.budget;

import java.math.BigDecimal;

/** Expenses committed and paid on a line so far, in euros or cents. */
public record ExpenseRequest(BigDecimal committed, Long committedCents, BigDecimal paid, Long paidCents, String currency) {
}
