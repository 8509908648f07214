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

/** Money and dates as people read them: euros, French dates, times in Europe/Paris. */
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
        return format.format(cents / 100.0).replace('\u202f', '\u00a0');
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

    /** Cents as a plain euro amount for a form field: {@code 1234.50}. */
    public static String eurosPlain(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
