package fr.assises.budget.budget;

import java.util.List;
import java.util.Locale;
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
        return compute(line, basis, h, actual, false);
    }

    /** The value and its calculation in words, in English when {@code english}, else in French. */
    public static LineResult compute(BudgetLine line, Basis basis, Hypotheses h, ActualFigures actual, boolean english) {
        return guarded(line, basis, h, actual, new Words(english));
    }

    public static long value(BudgetLine line, Hypotheses h, ActualFigures actual) {
        return guarded(line, line.basis, h, actual, null).valueCents();
    }

    /** Refuses, rather than wraps around, a value beyond what a long holds in cents (absurd but valid input). */
    private static LineResult guarded(BudgetLine line, Basis basis, Hypotheses h, ActualFigures actual, Words words) {
        try {
            return computeExact(line, basis, h, actual, words);
        } catch (ArithmeticException e) {
            throw ProblemException.businessRule("La ligne « " + line.label + " » dépasse les montants que le budget peut compter");
        }
    }

    /** {@code words} null: the value only. */
    private static LineResult computeExact(BudgetLine line, Basis basis, Hypotheses h, ActualFigures actual,
            Words words) {
        boolean describe = words != null;
        Words w = describe ? words : new Words(false);
        long unit = line.unitCents;
        long quantity = line.quantity;
        String times = quantity == 1 ? "" : " × " + w.number(quantity);
        boolean confirmed = basis == Basis.CONFIRMED;
        String basisWord = confirmed ? w.t("inscriptions confirmées", "confirmed registrations")
                : w.t("hypothèse", "hypothesis");
        long value;
        String formula = null;
        switch (line.driver) {
            case FIXED -> {
                value = Math.multiplyExact(unit, quantity);
                if (describe) {
                    formula = w.t("Montant forfaitaire ", "Fixed amount ") + w.money(unit) + times;
                }
            }
            case PER_PARTICIPANT -> {
                long count = confirmed ? actual.confirmed(line.category)
                        : line.category == null ? h.participants() : h.categoryCounts().getOrDefault(line.category, 0L);
                value = Math.multiplyExact(Math.multiplyExact(unit, count), quantity);
                if (describe) {
                    formula = w.money(unit) + " × " + w.number(count) + " participants"
                            + (line.category == null ? "" : " " + w.category(h, line.category))
                            + " (" + basisWord + ")" + times;
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
                    String which = line.sessionId == null ? w.t("tous les repas", "every meal") : h.mealLabel(line.sessionId);
                    formula = w.money(unit) + " × " + w.number(count) + w.plural(count, " repas", " repas", " meal", " meals")
                            + " (" + which + ", " + basisWord + ")" + times;
                }
            }
            case PER_DAY, PER_HALF_DAY -> {
                boolean day = line.driver == Driver.PER_DAY;
                long periods = day ? h.days() : h.halfDays();
                long rooms = line.perRoom ? h.rooms() : 1;
                value = Math.multiplyExact(Math.multiplyExact(Math.multiplyExact(unit, periods), rooms), quantity);
                if (describe) {
                    formula = w.money(unit) + " × " + periods + (day ? w.plural(periods, " jour", " jours", " day", " days")
                            : w.plural(periods, " demi-journée", " demi-journées", " half-day", " half-days"))
                            + (line.perRoom ? " × " + rooms + w.plural(rooms, " salle", " salles", " room", " rooms") : "")
                            + times;
                }
            }
            case PER_SPEAKER -> {
                value = Math.multiplyExact(Math.multiplyExact(unit, h.speakers()), quantity);
                if (describe) {
                    formula = w.money(unit) + " × " + w.number(h.speakers())
                            + w.plural(h.speakers(), " intervenant", " intervenants", " speaker", " speakers")
                            + " (" + w.t("hypothèse", "hypothesis") + ")" + times;
                }
            }
            case STAFF -> {
                long monthly = Math.multiplyExact(Math.multiplyExact(unit, line.months), quantity);
                value = Money.mulDiv(monthly, line.fteNumerator, line.fteDenominator);
                if (describe) {
                    formula = line.fteNumerator + "/" + line.fteDenominator + w.t(" ETP × ", " FTE × ") + line.months
                            + w.plural(line.months, " mois", " mois", " month", " months") + " × " + w.money(unit)
                            + w.t(" (coût mensuel chargé)", " (monthly cost with charges)") + times;
                }
            }
            case REGISTRATION_REVENUE -> {
                if (confirmed) {
                    value = Math.multiplyExact(actual.revenue(line.category), quantity);
                    if (describe) {
                        long count = actual.confirmed(line.category);
                        formula = w.t("Σ tarifs des ", "Σ fees of the ") + w.number(count)
                                + w.plural(count, " inscription confirmée", " inscriptions confirmées",
                                        " confirmed registration", " confirmed registrations")
                                + (line.category == null ? "" : " " + w.category(h, line.category)) + times;
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
                            text.append(text.isEmpty() ? "" : " + ").append(mix.label(w.english)).append(' ')
                                    .append(w.number(count)).append(" × ").append(w.money(mix.feeCents()));
                        }
                    }
                    value = Math.multiplyExact(sum, quantity);
                    if (describe) {
                        formula = (text.isEmpty() ? w.t("aucune catégorie", "no category") : text)
                                + w.t(" (participants : hypothèse, tarifs : paramètres d'inscription)",
                                        " (participants: hypothesis, fees: registration settings)") + times;
                    }
                }
            }
            default -> throw new IllegalStateException("unknown driver " + line.driver);
        }
        return new LineResult(value, describe ? formula + " = " + w.money(value) : null);
    }

    /** The words of a calculation in the reader's language; money and numbers in its format. */
    private record Words(boolean english) {

        String t(String french, String englishText) {
            return english ? englishText : french;
        }

        String money(long cents) {
            if (!english) {
                return Money.format(cents);
            }
            long abs = Math.abs(cents);
            return (cents < 0 ? "-" : "") + "€" + number(abs / 100) + "." + String.format("%02d", abs % 100);
        }

        String number(long value) {
            return english ? String.format(Locale.UK, "%,d", value) : Money.group(value);
        }

        /** French: 0 and 1 take the singular; English: only 1. */
        String plural(long count, String frOne, String frMany, String enOne, String enMany) {
            if (english) {
                return count == 1 ? enOne : enMany;
            }
            return count > 1 ? frMany : frOne;
        }

        String category(Hypotheses h, String code) {
            return h.categories().stream().filter(c -> c.code().equals(code)).findFirst()
                    .map(c -> c.label(english)).orElse(code);
        }
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
}
