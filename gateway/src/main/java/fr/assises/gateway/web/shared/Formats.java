package fr.assises.gateway.web.shared;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/**
 * The one formatter of the pages: money, dates, times in Europe/Paris, counts with thousands separators, percents,
 * ordinals and plurals, French first (no-break spaces, decimal comma, « 3ᵉ »), English second.
 */
@TemplateExtension
public final class Formats {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private Formats() {
    }

    static Locale locale(Object attribute) {
        if (attribute instanceof Locale locale) {
            return locale;
        }
        return Locale.FRANCE;
    }

    /** {@code 1 234,56 €} in French, {@code €1,234.56} in English. */
    public static String euros(Long cents, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (cents == null) {
            return "—";
        }
        Locale l = "en".equals(locale(locale).getLanguage()) ? Locale.UK : Locale.FRANCE;
        NumberFormat format = NumberFormat.getCurrencyInstance(l);
        format.setCurrency(Currency.getInstance("EUR"));
        return format.format(cents / 100.0).replace('\u202f', '\u00a0').replace('-', '\u2212');
    }


    public static String longDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale(locale)).format(date);
    }

    public static String shortDate(LocalDate date, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (date == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy", locale(locale)).format(date);
    }


    public static String hm(OffsetDateTime time) {
        if (time == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("HH:mm").format(time.atZoneSameInstant(PARIS));
    }

    public static String dateTime(OffsetDateTime time, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (time == null) {
            return "";
        }
        return DateTimeFormatter.ofPattern("d MMMM yyyy 'à' HH:mm", locale(locale)).format(time.atZoneSameInstant(PARIS))
                .replace(" à ", "en".equals(locale(locale).getLanguage()) ? " at " : " à ");
    }

    /** A figure with at most one decimal, French or English style: {@code 58,3} or {@code 58.3}. */
    public static String decimal(BigDecimal value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(1);
        return format.format(value).replace('\u202f', '\u00a0');
    }

    private static boolean english(Object locale) {
        return "en".equals(locale(locale).getLanguage());
    }

    /** A count or figure as people read it: {@code 20 000} (no-break space) in French, {@code 20,000} in English. */
    public static String num(Number value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(english(locale) ? Locale.UK : Locale.FRANCE);
        format.setMaximumFractionDigits(2);
        return format.format(value).replace('\u202f', '\u00a0').replace('-', '\u2212');
    }

    /** {@code 87,5 %} with a narrow no-break space in French, {@code 87.5%} in English. */
    public static String percent(Number value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(english(locale) ? Locale.UK : Locale.FRANCE);
        format.setMaximumFractionDigits(1);
        String figure = format.format(value).replace('\u202f', '\u00a0').replace('-', '\u2212');
        return english(locale) ? figure + "%" : figure + "\u202f%";
    }

    /** {@code 1ᵉʳ}, {@code 3ᵉ} in French (superscript letters), {@code 1st}, {@code 3rd} in English. */
    public static String ordinal(Integer n, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (n == null) {
            return "";
        }
        if (!english(locale)) {
            return n + (n == 1 ? "\u1d49\u02b3" : "\u1d49");
        }
        int tens = n % 100;
        String suffix = tens >= 11 && tens <= 13 ? "th"
                : switch (n % 10) { case 1 -> "st"; case 2 -> "nd"; case 3 -> "rd"; default -> "th"; };
        return n + suffix;
    }

    /**
     * The word that goes with a count, so no page reads "session(s)": French takes the singular for 0 and 1
     * ({@code 0 session}, {@code 1 session}, {@code 2 sessions}), English for 1 only.
     */
    public static String plural(Number n, String one, String many,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        double v = n == null ? 0 : Math.abs(n.doubleValue());
        return (english(locale) ? v == 1 : v < 2) ? one : many;
    }

    /** {@code 3 sessions}, {@code 20 000 inscriptions}: the figure formatted and the word agreeing with it. */
    public static String count(Number n, String one, String many,
            @TemplateExtension.TemplateAttribute("locale") Object locale) {
        return num(n == null ? 0 : n, locale) + "\u00a0" + plural(n, one, many, locale);
    }

    /** Cents as a plain euro amount for a form field: {@code 1234.50}. */
    public static String eurosPlain(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
