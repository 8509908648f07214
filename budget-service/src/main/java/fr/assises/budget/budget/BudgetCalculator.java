package fr.assises.budget.budget;

import java.util.List;
import java.util.Map;

import fr.assises.budget.accounts.Account;
import fr.assises.budget.accounts.Accounts;
import fr.assises.budget.actuals.ActualFigures;
import fr.assises.budget.money.Money;
import fr.assises.common.problem.ProblemException;

/** Computes lines and totals from hypotheses and confirmed registrations; pure integer arithmetic in cents. */
public final class BudgetCalculator {

    /** Break-even is searched up to this participant count. */
    public static final int BREAK_EVEN_SEARCH_LIMIT = 20_000;

    private BudgetCalculator() {
    }

    public record LineResult(long valueCents, String formula) {
    }

    public record Sums(long chargesCents, long produitsCents, long inKindUsesCents, long inKindContributionsCents) {

        public long totalCharges() {
            return chargesCents + inKindUsesCents;
        }

        public long totalProduits() {
            return produitsCents + inKindContributionsCents;
        }

        public long balance() {
            return totalProduits() - totalCharges();
        }
    }

    public static LineResult compute(BudgetLine line, Basis basis, Hypotheses h, ActualFigures actual) {
        return compute(line, basis, h, actual, true);
    }

    public static long value(BudgetLine line, Hypotheses h, ActualFigures actual) {
        return compute(line, line.basis, h, actual, false).valueCents();
    }

    /** Refuses, rather than wraps around, a value beyond what a long holds in cents (absurd but valid input). */
    private static LineResult compute(BudgetLine line, Basis basis, Hypotheses h, ActualFigures actual, boolean describe) {
        try {
            return computeExact(line, basis, h, actual, describe);
        } catch (ArithmeticException e) {
            throw ProblemException.businessRule("La ligne « " + line.label + " » dépasse les montants que le budget peut compter");
        }
    }

    private static LineResult computeExact(BudgetLine line, Basis basis, Hypotheses h, ActualFigures actual,
            boolean describe) {
        long unit = line.unitCents;
        long quantity = line.quantity;
        String times = quantity == 1 ? "" : " × " + Money.group(quantity);
        boolean confirmed = basis == Basis.CONFIRMED;
        long value;
        String formula = null;
        switch (line.driver) {
            case FIXED -> {
                value = Math.multiplyExact(unit, quantity);
                if (describe) {
                    formula = "Montant forfaitaire " + Money.format(unit) + times;
                }
            }
            case PER_PARTICIPANT -> {
                long count = confirmed ? actual.confirmed(line.category)
                        : line.category == null ? h.participants() : h.categoryCounts().getOrDefault(line.category, 0L);
                value = Math.multiplyExact(Math.multiplyExact(unit, count), quantity);
                if (describe) {
                    formula = Money.format(unit) + " × " + Money.group(count) + " participants"
                            + (line.category == null ? "" : " " + line.category)
                            + (confirmed ? " (inscriptions confirmées)" : " (hypothèse)") + times;
                }
            }
            case PER_MEAL -> {
                long count;
                if (confirmed) {
                    count = actual.meals(line.sessionId);
                } else if (line.sessionId == null) {
                    count = h.meals().stream().mapToLong(h::mealCount).sum();
                } else {
                    count = h.meals().stream().filter(m -> m.sessionId().equals(line.sessionId))
                            .mapToLong(h::mealCount).sum();
                }
                value = Math.multiplyExact(Math.multiplyExact(unit, count), quantity);
                if (describe) {
                    String which = line.sessionId == null ? "tous les repas" : h.mealLabel(line.sessionId);
                    formula = Money.format(unit) + " × " + Money.group(count) + " repas (" + which + ", "
                            + (confirmed ? "inscriptions confirmées" : "hypothèse") + ")" + times;
                }
            }
            case PER_DAY, PER_HALF_DAY -> {
                boolean day = line.driver == Driver.PER_DAY;
                long periods = day ? h.days() : h.halfDays();
                long rooms = line.perRoom ? h.rooms() : 1;
                value = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(unit, periods), rooms), quantity);
                if (describe) {
                    formula = Money.format(unit) + " × " + periods + (day ? plural(periods, " jour", " jours")
                            : plural(periods, " demi-journée", " demi-journées"))
                            + (line.perRoom ? " × " + rooms + plural(rooms, " salle", " salles") : "") + times;
                }
            }
            case PER_SPEAKER -> {
                value = Math.multiplyExact(Math.multiplyExact(unit, h.speakers()), quantity);
                if (describe) {
                    formula = Money.format(unit) + " × " + Money.group(h.speakers())
                            + plural(h.speakers(), " intervenant", " intervenants") + " (hypothèse)" + times;
                }
            }
            case STAFF -> {
                long monthly = Math.multiplyExact(Math.multiplyExact(unit, line.months), quantity);
                value = Money.mulDiv(monthly, line.fteNumerator, line.fteDenominator);
                if (describe) {
                    formula = line.fteNumerator + "/" + line.fteDenominator + " ETP × " + line.months + " mois × "
                            + Money.format(unit) + " (coût mensuel chargé)" + times;
                }
            }
            case REGISTRATION_REVENUE -> {
                if (confirmed) {
                    value = Math.multiplyExact(actual.revenue(line.category), quantity);
                    if (describe) {
                        formula = "Σ tarifs des " + Money.group(actual.confirmed(line.category)) + " inscriptions confirmées"
                                + (line.category == null ? "" : " " + line.category) + times;
                    }
                } else {
                    Map<String, Long> counts = h.categoryCounts();
                    long sum = 0;
                    StringBuilder text = new StringBuilder();
                    for (Hypotheses.CategoryMix mix : h.categories()) {
                        if (line.category != null && !line.category.equals(mix.code())) {
                            continue;
                        }
                        long count = counts.getOrDefault(mix.code(), 0L);
                        sum = Math.addExact(sum, Math.multiplyExact(count, mix.feeCents()));
                        if (describe) {
                            text.append(text.isEmpty() ? "" : " + ").append(mix.code()).append(' ')
                                    .append(Money.group(count)).append(" × ").append(Money.format(mix.feeCents()));
                        }
                    }
                    value = Math.multiplyExact(sum, quantity);
                    if (describe) {
                        formula = (text.isEmpty() ? "aucune catégorie" : text) + " (hypothèse)" + times;
                    }
                }
            }
            default -> throw new IllegalStateException("unknown driver " + line.driver);
        }
        return new LineResult(value, describe ? formula + " = " + Money.format(value) : null);
    }

    public static Sums sums(List<BudgetLine> lines, Hypotheses h, ActualFigures actual) {
        long charges = 0;
        long produits = 0;
        long uses = 0;
        long contributions = 0;
        try {
            for (BudgetLine line : lines) {
                long value = value(line, h, actual);
                Account account = Accounts.get(line.accountCode);
                switch (account.side()) {
                    case CHARGES -> charges = Math.addExact(charges, value);
                    case PRODUITS -> produits = Math.addExact(produits, value);
                    case IN_KIND_USES -> uses = Math.addExact(uses, value);
                    case IN_KIND_CONTRIBUTIONS -> contributions = Math.addExact(contributions, value);
                    default -> throw new IllegalStateException();
                }
            }
            Sums sums = new Sums(charges, produits, uses, contributions);
            Math.subtractExact(Math.addExact(produits, contributions), Math.addExact(charges, uses));
            return sums;
        } catch (ArithmeticException e) {
            throw ProblemException.businessRule("Les totaux dépassent les montants que le budget peut compter");
        }
    }

    /**
     * The smallest participant count where produits cover charges, or null when none up to the search limit.
     * The balance is affine in the participant count (every driver multiplies it by a constant, up to the
     * rounding of category and meal counts), so a bisection between 0 and the limit finds it in ~15 steps.
     */
    public static Integer breakEven(List<BudgetLine> lines, Hypotheses h, ActualFigures actual) {
        try {
            return bisect(lines, h, actual);
        } catch (ProblemException tooLarge) {
            return null;
        }
    }

    private static Integer bisect(List<BudgetLine> lines, Hypotheses h, ActualFigures actual) {
        if (balanceAt(0, lines, h, actual) >= 0) {
            return 0;
        }
        if (balanceAt(BREAK_EVEN_SEARCH_LIMIT, lines, h, actual) < 0) {
            return null;
        }
        int below = 0;
        int above = BREAK_EVEN_SEARCH_LIMIT;
        while (above - below > 1) {
            int middle = (below + above) >>> 1;
            if (balanceAt(middle, lines, h, actual) >= 0) {
                above = middle;
            } else {
                below = middle;
            }
        }
        return above;
    }

    private static long balanceAt(int participants, List<BudgetLine> lines, Hypotheses h, ActualFigures actual) {
        return sums(lines, h.withParticipants(participants), actual).balance();
    }

    /** French plural: 0 and 1 take the singular. */
    private static String plural(long count, String one, String many) {
        return count > 1 ? many : one;
    }
}
