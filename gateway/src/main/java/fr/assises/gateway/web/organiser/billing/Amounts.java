package fr.assises.gateway.web.organiser.billing;

import java.math.BigDecimal;

/** Figures typed the French or the English way (« 1 250,50 », « 1250.50 »), read without guessing further. */
final class Amounts {

    private Amounts() {
    }

    /** Euros to cents; null when it is not an amount with at most two decimals. */
    static Long cents(String typed) {
        BigDecimal value = decimal(typed);
        if (value == null || value.scale() > 2) {
            return null;
        }
        return value.movePointRight(2).longValueExact();
    }

    static BigDecimal decimal(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String clean = typed.replaceAll("[\\s\u00a0\u202f€]", "").replace(',', '.');
        try {
            return new BigDecimal(clean);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A whole number, or the text itself for the service to refuse next to its field. */
    static Object integer(String typed) {
        if (typed == null) {
            return null;
        }
        try {
            return Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            return typed;
        }
    }
}
