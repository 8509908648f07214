package fr.assises.budget.exports;

import java.util.regex.Pattern;

/**
 * French typography for printed text: the service's texts (formulas, labels, totals) are written with ordinary
 * spaces, which a PDF line could break inside « 87 450,00 € ». Here thousands take a narrow no-break space,
 * « € » and « : » a no-break space, « % ; ! ? » a narrow one, guillemets hold their words, a minus before a figure
 * is the minus sign and the apostrophe is typographic.
 */
final class Typeset {

    static final char NBSP = '\u00a0';
    static final char NNBSP = '\u202f';

    private static final Pattern THOUSANDS = Pattern.compile("(\\d) (\\d{3})(?!\\d)");
    private static final Pattern MINUS = Pattern.compile("(^|[\\s(=×+:])-(\\d)");

    private Typeset() {
    }

    static String french(String text) {
        if (text == null) {
            return "";
        }
        String t = text;
        String before;
        do {
            before = t;
            t = THOUSANDS.matcher(t).replaceAll("$1" + NNBSP + "$2");
        } while (!t.equals(before));
        t = MINUS.matcher(t).replaceAll("$1\u2212$2");
        return t.replace(" €", NBSP + "€").replace(" %", NNBSP + "%").replace(" :", NBSP + ":")
                .replace(" ;", NNBSP + ";").replace(" !", NNBSP + "!").replace(" ?", NNBSP + "?")
                .replace("« ", "«" + NBSP).replace(" »", NBSP + "»").replace('\'', '’');
    }

    /** A figure with a decimal comma and no separator (« 87450,00 »), as French spreadsheets read numbers. */
    static String spreadsheet(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + (abs / 100) + "," + String.format("%02d", abs % 100);
    }
}
