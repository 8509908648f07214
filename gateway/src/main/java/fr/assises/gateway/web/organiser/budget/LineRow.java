package fr.assises.gateway.web.organiser.budget;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

import jakarta.ws.rs.core.MultivaluedMap;

/**
 * One row of the editor as the page shows it: the stored line (null for a new one) and the values in its fields,
 * which are those typed when the form comes back refused, else the stored ones (amounts as French read them).
 */
public record LineRow(String key, BudgetEditorClient.Line line, String account, String label, String driver,
        String unit, String quantity, boolean perRoom, boolean confirmed, String category, String meal, String fte,
        String months, String funder, boolean delete, String error) {

    /** The fields of a row: {@code account_<key>}, {@code label_<key>}… */
    static String field(String name, String key) {
        return name + "_" + key;
    }

    static LineRow of(BudgetEditorClient.Line line, MultivaluedMap<String, String> typed, String error, Locale locale) {
        String key = line.id();
        if (typed != null) {
            return typed(key, line, typed, error);
        }
        return new LineRow(key, line, line.account(), line.label(), line.driver(),
                "REGISTRATION_REVENUE".equals(line.driver()) ? "" : plain(line.unitCents(), locale),
                Long.toString(line.quantity()), line.perRoom(), "CONFIRMED".equals(line.basis()),
                nz(line.category()), nz(line.sessionId()), nz(line.fte()),
                line.months() == null ? "" : line.months().toString(), nz(line.funderId()), false, error);
    }

    static LineRow blank(String key, String account, MultivaluedMap<String, String> typed, String error) {
        if (typed != null) {
            return typed(key, null, typed, error);
        }
        return new LineRow(key, null, account, "", "FIXED", "", "1", false, false, "", "", "", "", "", false, error);
    }

    private static LineRow typed(String key, BudgetEditorClient.Line line, MultivaluedMap<String, String> f, String error) {
        return new LineRow(key, line, get(f, "account", key), get(f, "label", key), get(f, "driver", key),
                get(f, "unit", key), get(f, "qty", key), !get(f, "perRoom", key).isEmpty(),
                !get(f, "confirmed", key).isEmpty(), get(f, "category", key), get(f, "meal", key), get(f, "fte", key),
                get(f, "months", key), get(f, "funder", key), !get(f, "delete", key).isEmpty(), error);
    }

    static String get(MultivaluedMap<String, String> form, String name, String key) {
        String value = form.getFirst(field(name, key));
        return value == null ? "" : value.strip();
    }

    /** Whether the basis needs more than an amount and a quantity, so its details start open. */
    public boolean detailed() {
        return error != null || perRoom || confirmed || !category.isEmpty() || !meal.isEmpty() || !fte.isEmpty()
                || !funder.isEmpty();
    }

    /**
     * What budget-service multiplies unit × quantity by (participants, meals, days × rooms…), read back from the
     * stored amount so that budget.js can recompute the line while it is typed; null when it cannot be read.
     */
    public Long factor() {
        if (line == null || "STAFF".equals(line.driver()) || "REGISTRATION_REVENUE".equals(line.driver())) {
            return null;
        }
        long base = line.unitCents() * line.quantity();
        if (base != 0 && line.provisionalCents() % base == 0) {
            return line.provisionalCents() / base;
        }
        return "FIXED".equals(line.driver()) ? 1L : null;
    }

    /** {@code 1 200,00} or {@code 1,200.00}: what an amount field shows, without the currency sign. */
    static String plain(long cents, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance("en".equals(locale.getLanguage()) ? Locale.UK : Locale.FRANCE);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(BigDecimal.valueOf(cents, 2)).replace('\u202f', '\u00a0');
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
