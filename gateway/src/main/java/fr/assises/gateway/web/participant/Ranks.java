package fr.assises.gateway.web.participant;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Ranks in words (« 3ᵉ », "3rd") and the natural order of titles (Atelier 2 before Atelier 10). */
final class Ranks {

    private static final Pattern NUMBER = Pattern.compile("\\d+|\\D+");

    /** « Atelier 2 » before « Atelier 10 », ignoring case; a null title last. */
    static final Comparator<String> NATURAL = Ranks::compareNaturally;

    private Ranks() {
    }

    /**
     * A place in a list with its ordinal exponent: « 1ʳᵉ », « 2ᵉ » in French (a place, « position », is
     * feminine), "1st", "2nd", "3rd", "11th" in English.
     */
    static String ordinal(long n, String language) {
        if ("en".equals(language)) {
            long lastTwo = n % 100;
            String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch ((int) (n % 10)) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            return n + suffix;
        }
        return n == 1 ? "1ʳᵉ" : n + "ᵉ";
    }

    private static int compareNaturally(String a, String b) {
        if (a == null || b == null) {
            return a == null ? (b == null ? 0 : 1) : -1;
        }
        Matcher x = NUMBER.matcher(a);
        Matcher y = NUMBER.matcher(b);
        while (x.find() && y.find()) {
            String p = x.group();
            String q = y.group();
            int c;
            if (Character.isDigit(p.charAt(0)) && Character.isDigit(q.charAt(0))) {
                String pt = p.replaceFirst("^0+(?=.)", "");
                String qt = q.replaceFirst("^0+(?=.)", "");
                c = pt.length() != qt.length() ? Integer.compare(pt.length(), qt.length()) : pt.compareTo(qt);
            } else {
                c = p.compareToIgnoreCase(q);
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length(), b.length());
    }
}
