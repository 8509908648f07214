package fr.assises.gateway.web.organiser.settings;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MultivaluedMap;

import fr.assises.gateway.clients.RegistrationSettingsClient.Category;
import fr.assises.gateway.clients.RegistrationSettingsClient.Settings;
import fr.assises.gateway.clients.RegistrationSettingsClient.SettingsRequest;
import fr.assises.gateway.web.shared.Formats;
import fr.assises.gateway.web.shared.Forms;

/**
 * The main settings form as typed (or as the service holds it): field values by name, category rows
 * {@code cat{i}_code}… The gateway only reads what was typed; registration-service decides what is valid.
 */
public record SettingsForm(Map<String, String> values, List<Row> rows) {

    static final List<String> INFORMATION = List.of("organisation", "territoryType", "jobTitle",
            "statutoryCategory", "accessibilityNeeds", "dietaryNeeds");
    private static final int BLANK_ROWS = 2;

    /** One category line of the form. */
    public record Row(int index, String code, String labelFr, String labelEn, String fee, String quota,
            String colour, boolean invitationOnly) {

        public String key(String field) {
            return "cat" + index + "_" + field;
        }

        public int number() {
            return index + 1;
        }
    }

    public String v(String name) {
        String value = values.get(name);
        return value == null ? "" : value;
    }

    public boolean is(String name, String value) {
        return value.equals(values.get(name));
    }

    static SettingsForm of(Settings s) {
        Map<String, String> values = new HashMap<>();
        if (s != null) {
            date(values, "opens", s.opensAt());
            date(values, "closes", s.closesAt());
            date(values, "freeze", s.freezeAt());
            values.put("totalCapacity", String.valueOf(s.totalCapacity()));
            values.put("offerHours", String.valueOf(s.offerHours()));
            values.put("retentionDays", s.retentionDays() == null ? "" : s.retentionDays().toString());
            values.put("reminderDaysBefore", String.valueOf(s.reminderDaysBefore()));
            values.put("privacyNoticeVersion", s.privacyNoticeVersion());
        } else {
            values.put("offerHours", "48");
            values.put("retentionDays", "365");
            values.put("reminderDaysBefore", "3");
        }
        for (String field : INFORMATION) {
            values.put("info_" + field, s == null ? "OPTIONAL" : s.mode(field));
        }
        List<Row> rows = new ArrayList<>();
        if (s != null) {
            for (Category c : s.categoriesOrEmpty()) {
                rows.add(new Row(rows.size(), c.code(), c.labelFr(), c.labelEn(),
                        c.feeCents() == null ? "" : Formats.eurosPlain(c.feeCents()).replace('.', ','),
                        c.quota() == null ? "" : c.quota().toString(), c.colour(), c.invitationOnly()));
            }
        }
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new Row(rows.size(), "", "", "", "", "", "#1f77b4", false));
        }
        return new SettingsForm(values, rows);
    }

    static SettingsForm typed(MultivaluedMap<String, String> fields) {
        Map<String, String> values = new HashMap<>();
        fields.forEach((name, list) -> values.put(name, list.isEmpty() ? "" : list.get(0)));
        List<Row> rows = new ArrayList<>();
        for (int i = 0; fields.containsKey("cat" + i + "_code"); i++) {
            String p = "cat" + i + "_";
            rows.add(new Row(i, v(fields, p + "code"), v(fields, p + "labelFr"), v(fields, p + "labelEn"),
                    v(fields, p + "fee"), v(fields, p + "quota"), v(fields, p + "colour"),
                    fields.getFirst(p + "invitationOnly") != null));
        }
        return new SettingsForm(values, rows);
    }

    /**
     * The request to send, or the fields the gateway cannot read (a date, a number, an amount), by field key.
     * {@code sentRows} receives the form row of each category sent, so that the service's {@code categories[i]}
     * refusals go back to the right line.
     */
    SettingsRequest request(Map<String, String> unreadable, List<Integer> sentRows, SettingsMsg words) {
        OffsetDateTime opens = dateTime("opens", true, unreadable, words);
        OffsetDateTime closes = dateTime("closes", true, unreadable, words);
        OffsetDateTime freeze = dateTime("freeze", false, unreadable, words);
        Integer capacity = integer("totalCapacity", true, unreadable, words);
        Integer offerHours = integer("offerHours", true, unreadable, words);
        Integer retention = integer("retentionDays", false, unreadable, words);
        Integer reminder = integer("reminderDaysBefore", true, unreadable, words);
        List<Category> categories = new ArrayList<>();
        for (Row row : rows) {
            if (row.code().isBlank()) {
                continue;
            }
            Long fee = cents(row.fee());
            if (fee == null) {
                unreadable.put(row.key("fee"), words.amount_expected());
            }
            Integer quota = null;
            if (!row.quota().isBlank()) {
                quota = parseInt(row.quota());
                if (quota == null) {
                    unreadable.put(row.key("quota"), words.number_expected());
                }
            }
            sentRows.add(row.index());
            categories.add(new Category(row.code().strip().toUpperCase(), Forms.blankToNull(row.labelFr()),
                    Forms.blankToNull(row.labelEn()), fee, quota, Forms.blankToNull(row.colour()),
                    row.invitationOnly()));
        }
        Map<String, String> information = new LinkedHashMap<>();
        for (String field : INFORMATION) {
            information.put(field, Forms.blankToNull(v("info_" + field)));
        }
        return new SettingsRequest(opens, closes, capacity, freeze, offerHours,
                Forms.blankToNull(v("privacyNoticeVersion")), retention, reminder, categories, information);
    }

    private OffsetDateTime dateTime(String prefix, boolean required, Map<String, String> unreadable, SettingsMsg words) {
        String date = v(prefix + "Date").strip();
        String time = v(prefix + "Time").strip();
        String field = prefix + "At";
        if (date.isEmpty() && time.isEmpty()) {
            if (required) {
                unreadable.put(field, words.information_required());
            }
            return null;
        }
        try {
            LocalTime t = time.isEmpty() ? LocalTime.MIDNIGHT : LocalTime.parse(time);
            return LocalDate.parse(date).atTime(t).atZone(Formats.PARIS).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            unreadable.put(field, words.date_time_expected());
            return null;
        }
    }

    private Integer integer(String name, boolean required, Map<String, String> unreadable, SettingsMsg words) {
        String value = v(name).strip();
        if (value.isEmpty()) {
            if (required) {
                unreadable.put(name, words.information_required());
            }
            return null;
        }
        Integer n = parseInt(value);
        if (n == null) {
            unreadable.put(name, words.number_expected());
        }
        return n;
    }

    /** {@code 180}, {@code 180,50}, {@code 1 250,00 €} as cents; null when unreadable. */
    static Long cents(String value) {
        String plain = value.replace("€", "").replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
                .replace(',', '.');
        try {
            java.math.BigDecimal euros = new java.math.BigDecimal(plain);
            if (euros.scale() > 2) {
                return null;
            }
            return euros.movePointRight(2).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    private static Integer parseInt(String value) {
        try {
            return Integer.valueOf(value.strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void date(Map<String, String> values, String prefix, OffsetDateTime at) {
        if (at != null) {
            var paris = at.atZoneSameInstant(Formats.PARIS);
            values.put(prefix + "Date", paris.toLocalDate().toString());
            values.put(prefix + "Time", Formats.hm(at));
        }
    }

    private static String v(MultivaluedMap<String, String> fields, String name) {
        String value = fields.getFirst(name);
        return value == null ? "" : value;
    }
}
