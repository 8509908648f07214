package fr.assises.gateway.web.partner;

import java.text.NumberFormat;
import java.util.Locale;

import io.quarkus.qute.TemplateExtension;

/** Whole numbers with the thousands separator of the page's language: {@code 1 250} (non-breaking) or {@code 1,250}. */
public final class PartnerFormats {

    private PartnerFormats() {
    }

    @TemplateExtension
    public static String grouped(Number value, @TemplateExtension.TemplateAttribute("locale") Object locale) {
        if (value == null) {
            return "–";
        }
        Locale l = locale instanceof Locale given ? given : Locale.FRANCE;
        return NumberFormat.getIntegerInstance(l).format(value).replace('\u202f', '\u00a0');
    }
}
