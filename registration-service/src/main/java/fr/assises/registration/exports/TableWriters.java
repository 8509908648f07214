package fr.assises.registration.exports;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/** CSV (RFC 4180 with ';' and a BOM, as French spreadsheets expect) and XLSX writers. */
public final class TableWriters {

    private TableWriters() {
    }

    /** Writes the table as it goes: the caller's stream (the HTTP response) gets the rows as they are written. */
    public static void csv(Table table, OutputStream target) throws IOException {
        Writer out = new BufferedWriter(new OutputStreamWriter(target, StandardCharsets.UTF_8), 64 * 1024);
        out.write('\uFEFF');
        line(out, table.header().stream().map(h -> (Object) h).toList());
        for (List<Object> row : table.rows()) {
            line(out, row);
        }
        out.flush();
    }

    private static void line(Writer out, List<Object> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.write(';');
            }
            out.write('"');
            out.write(safe(cells.get(i)).replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }

    /**
     * A cell starting like a formula would run in the spreadsheet that opens the file: neutralise it. Amounts get a
     * decimal comma, as French LibreOffice and Excel read numbers in a semicolon-separated file ("120,00", not the
     * "120.00" they took for text).
     */
    static String safe(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof java.math.BigDecimal amount) {
            return amount.toPlainString().replace('.', ',');
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            return "'" + text;
        }
        return text;
    }

    /**
     * Streaming workbook (SXSSF): only a window of rows stays in memory, the rest goes to a temporary file that is
     * deleted once the workbook has been written out.
     */
    public static void xlsx(List<Table> tables, OutputStream target) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Set<String> names = new HashSet<>();
            for (Table table : tables) {
                Sheet sheet = workbook.createSheet(uniqueName(table.name(), names));
                Row header = sheet.createRow(0);
                for (int c = 0; c < table.header().size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(table.header().get(c));
                    cell.setCellStyle(bold);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object value = values.get(c);
                        Cell cell = row.createCell(c);
                        if (value instanceof Number n) {
                            cell.setCellValue(n.doubleValue());
                        } else {
                            cell.setCellValue(value == null ? "" : value.toString());
                        }
                    }
                }
                sheet.createFreezePane(0, 1);
            }
            workbook.write(target);
        } finally {
            workbook.close();
            workbook.dispose();
        }
    }

    private static String uniqueName(String name, Set<String> used) {
        String base = WorkbookUtil.createSafeSheetName(sheetName(name));
        String candidate = base;
        for (int i = 2; !used.add(candidate.toLowerCase()); i++) {
            candidate = base + " " + i;
        }
        return candidate;
    }

    /**
     * A sheet name as a person would shorten the title: the characters a sheet name cannot hold (: / \\ ? * [ ])
     * become a dash instead of leaving runs of spaces, and a long title is cut after a whole word with an ellipsis
     * (« Atelier 1 – mutualiser… », not « Atelier 1   mutualiser l'in »), leaving room for a number when two
     * titles start alike (31 characters at most).
     */
    static String sheetName(String title) {
        String clean = (title == null ? "" : title).replaceAll("(\\s*[:/\\\\?*\\[\\]])+\\s*", " – ")
                .replaceAll("\\s+", " ").strip().replaceAll("^[–' ]+|[–' ]+$", "");
        if (clean.isEmpty()) {
            return "Feuille";
        }
        if (clean.length() <= 27) {
            return clean;
        }
        int cut = clean.lastIndexOf(' ', 26);
        String head = (cut > 8 ? clean.substring(0, cut) : clean.substring(0, 26)).replaceAll("[\\s–,;.'-]+$", "");
        return head + "…";
    }
}
