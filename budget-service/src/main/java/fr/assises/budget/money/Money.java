package fr.assises.budget.money;

import java.math.BigDecimal;

import fr.assises.common.problem.ProblemException;

/** Euro amounts as long cents: parsing of client input (at most 2 decimals, EUR only) and French display. */
public final class Money {

    public static final String CURRENCY = "EUR";
    /** Ten billion euros: far above any congress budget, and products of it with counts stay within a long. */
    public static final long MAX_CENTS = 1_000_000_000_000L;

    private Money() {
    }

    /**
     * The amount in cents from either {@code euros} ("1234.56" or a JSON number) or {@code cents}.
     *
     * @return null when neither is given
     */
    public static Long cents(String field, BigDecimal euros, Long cents, String currency, boolean negativeAllowed) {
        requireEuro(field, currency);
        if (euros != null && cents != null) {
            throw ProblemException.invalidField(field, "Indiquez le montant soit en euros soit en centimes, pas les deux");
        }
        Long value = null;
        if (euros != null) {
            if (euros.scale() > 2) {
                throw ProblemException.invalidField(field, "Le montant ne peut pas avoir plus de 2 décimales");
            }
            if (euros.abs().compareTo(BigDecimal.valueOf(MAX_CENTS, 2)) > 0) {
                throw ProblemException.invalidField(field, "Le montant dépasse la limite autorisée");
            }
            value = euros.movePointRight(2).longValueExact();
        } else if (cents != null) {
            value = cents;
        }
        if (value != null) {
            if (!negativeAllowed && value < 0) {
                throw ProblemException.invalidField(field, "Le montant ne peut pas être négatif");
            }
            if (Math.abs(value) > MAX_CENTS) {
                throw ProblemException.invalidField(field, "Le montant dépasse la limite autorisée");
            }
        }
        return value;
    }

    public static void requireEuro(String field, String currency) {
        if (currency != null && !CURRENCY.equals(currency)) {
            throw ProblemException.invalidField(field, "Seul l'euro (EUR) est accepté");
        }
    }

    /** "1 234,56 €" with an ordinary space between thousands (the PDF's standard fonts lack narrow spaces). */
    public static String format(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + group(abs / 100) + "," + String.format("%02d", abs % 100) + " €";
    }

    /** "1234.56" with a dot, for CSV and machine-read columns. */
    public static String plain(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + (abs / 100) + "." + String.format("%02d", abs % 100);
    }

    public static String group(long value) {
        String digits = Long.toString(value);
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append(' ');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }

    /** a × b / c rounded half up, for non-negative operands (fractions of time, percentages). */
    public static long mulDiv(long a, long b, long c) {
        long product = Math.multiplyExact(a, b);
        return (product + c / 2) / c;
    }

    /** A share as basis points (1 % = 100), rounded half up; 0 when the whole is zero. */
    public static long basisPoints(long part, long whole) {
        return whole == 0 ? 0 : mulDiv(part, 10_000, whole);
    }

    /** "23,45 %" from basis points. */
    public static String percent(long basisPoints) {
        return (basisPoints / 100) + "," + String.format("%02d", Math.abs(basisPoints % 100)) + " %";
    }
}
