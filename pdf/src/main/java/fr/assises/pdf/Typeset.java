package fr.assises.pdf;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * French typography for printed and exported text: texts written with ordinary spaces, which a PDF line could break
 * inside « 87 450,00 € ». Here thousands take a narrow no-break space, « € » and « : » a no-break space, « % ; ! ? »
 * a narrow one, guillemets hold their words, a minus before a figure is the minus sign and the apostrophe is
 * typographic.
 */
public final class Typeset {

    public static final char NBSP = '\u00a0';
    public static final char NNBSP = '\u202f';

    private static final Pattern THOUSANDS = Pattern.compile("(\\d) (\\d{3})(?!\\d)");
    private static final Pattern MINUS = Pattern.compile("(^|[\\s(=×+:])-(\\d)");

    private Typeset() {
    }

    public static String french(String text) {
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

    /** « 8,88 », « 1 234 », « 100 », « −0,5 »: a decimal comma, narrow no-break spaces between thousands. */
    public static String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NNBSP);
        symbols.setMinusSign('\u2212');
        DecimalFormat format = new DecimalFormat("#,##0.##", symbols);
        format.setMaximumFractionDigits(Math.max(2, value.scale()));
        return format.format(value);
    }

    public static String number(long value) {
        return number(BigDecimal.valueOf(value));
    }

    /** « 87,5 % » with a narrow no-break space. */
    public static String percent(BigDecimal value) {
        return number(value) + NNBSP + "%";
    }

    /** « 1 réponse », « 300 réponses », « aucune réponse » when {@code none} is given. */
    public static String count(long n, String singular, String plural, String none) {
        if (n == 0 && none != null) {
            return none;
        }
        return number(n) + " " + (n >= 2 ? plural : singular);
    }

    /** A figure with a decimal comma and no separator (« 87450,00 »), as French spreadsheets read numbers. */
    public static String spreadsheet(long cents) {
        String sign = cents < 0 ? "-" : "";
        long abs = Math.abs(cents);
        return sign + (abs / 100) + "," + String.format("%02d", abs % 100);
    }
}
