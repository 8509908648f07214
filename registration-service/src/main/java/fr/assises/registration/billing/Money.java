package fr.assises.registration.billing;

import java.math.BigDecimal;

import fr.assises.pdf.Typeset;

/** « 1 250,50 € » with the project's French figures (narrow no-break spaces, decimal comma). */
final class Money {

    private Money() {
    }

    static String euros(long cents) {
        String figure = Typeset.number(BigDecimal.valueOf(cents, 2));
        if (!figure.contains(",")) {
            figure += ",00";
        } else if (figure.substring(figure.indexOf(',') + 1).length() == 1) {
            figure += "0";
        }
        return figure + Typeset.NBSP + "€";
    }
}
