package fr.assises.registration.imports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** A day of the "jours" column: 2027-06-24, or 24/06/2027 as French spreadsheets write it. */
final class Days {

    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("dd/MM/uuuu");

    private Days() {
    }

    static LocalDate day(String value) {
        try {
            return value.contains("/") ? LocalDate.parse(value, FRENCH) : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new ImportService.Unreadable("jours", "« " + value
                    + " » n’est pas une date (attendu : 2027-06-24 ou 24/06/2027).");
        }
    }
}
