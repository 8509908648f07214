package fr.assises.gateway.web;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
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
        format.setCurrency(java.util.Currency.getInstance("EUR"));
        return format.format(cents / 100.0).replace('\u202f', '\u00a0');
    }

    /** Plain number of euros (no symbol) for form fields: {@code 1234.56}. */
    public static String eurosInput(Long cents) {
        if (cents == null) {
            return "";
        }
        return java.math.BigDecimal.valueOf(cents, 2).toPlainString();
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

    /** An ISO date held as text (map keys), shown as a long date; anything else unchanged. */
    public static String isoLongDate(String value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        try {
            return longDate(LocalDate.parse(value), locale);
        } catch (DateTimeParseException e) {
            return value;
        }
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

    /** {@code 0.42} or {@code 42} → {@code 42 %}. */
    public static String percent(Double value) {
        if (value == null) {
            return "—";
        }
        double pct = value <= 1.0 ? value * 100 : value;
        return Math.round(pct) + "\u00a0%";
    }

    /** Provisional produits per funder, in cents. */
    public static java.util.Map<String, Long> funderTotals(fr.assises.gateway.clients.Dto.BudgetSummary budget) {
        return Charts.byFunder(budget);
    }

    public static String oneDecimal(Double value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "—";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale(locale));
        format.setMaximumFractionDigits(1);
        format.setMinimumFractionDigits(1);
        return format.format(value);
    }
}
