package fr.assises.budget.exports;

import java.nio.charset.StandardCharsets;
import java.util.List;

import fr.assises.budget.budget.BudgetView;
import fr.assises.pdf.Typeset;

/**
 * RFC 4180 CSV with a semicolon separator and a byte-order mark, as French spreadsheet software expects;
 * amounts in euros with a decimal comma and two decimals, computed from cents, which French LibreOffice and Excel
 * read as numbers (« 87450,00 »); the row kind in words.
 */
final class CsvExport {

    static final List<String> HEADER = List.of("Type", "Section", "Compte", "Intitulé", "Financeur", "Formule",
            "Montant (EUR)", "Selon inscriptions confirmées (EUR)", "Engagé (EUR)", "Payé (EUR)");

    private CsvExport() {
    }

    static byte[] write(BudgetView view) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, HEADER);
        for (Rows.Row row : Rows.of(view)) {
            boolean line = row.kind() == Rows.Kind.LINE;
            line(out, List.of(row.kind().label, row.section(), row.account(), row.label(), row.funder(), row.formula(),
                    row.kind() == Rows.Kind.SECTION ? "" : Typeset.spreadsheet(row.valueCents()),
                    row.confirmedCents() == null ? "" : Typeset.spreadsheet(row.confirmedCents()),
                    line ? Typeset.spreadsheet(row.committedCents()) : "", line ? Typeset.spreadsheet(row.paidCents()) : ""));
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            out.append(quote(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** Quotes a cell holding a separator, a quote or a line break; a leading = + or @ is neutralised (formula injection); amounts may start with a minus sign. */
    private static String quote(String cell) {
        String value = cell == null ? "" : cell;
        if (!value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0) {
            value = "'" + value;
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
