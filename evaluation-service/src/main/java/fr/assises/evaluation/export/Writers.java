package fr.assises.evaluation.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** CSV and XLSX renderings of a {@link ResponseTable}. */
public final class Writers {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Writers() {
    }

    /**
     * RFC 4180 with ';' and a BOM, which French spreadsheet software opens correctly, numbers with a decimal comma;
     * a cell that a spreadsheet would take for a formula is prefixed with an apostrophe.
     */
    public static byte[] csv(ResponseTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        line(out, table.header());
        for (List<String> row : table.rows()) {
            List<String> cells = new ArrayList<>(row);
            // a decimal comma, which French spreadsheets read as a number (12,5), where a dot would be text
            table.numeric().forEach(c -> cells.set(c, NUMBER.matcher(cells.get(c)).matches()
                    ? cells.get(c).replace('.', ',') : cells.get(c)));
            line(out, cells);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(';');
            }
            String cell = cells.get(i) == null ? "" : cells.get(i);
            if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !cell.matches("-?\\d+([.,]\\d+)?")) {
                cell = "'" + cell;
            }
            if (cell.contains(";") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                cell = "\"" + cell.replace("\"", "\"\"") + "\"";
            }
            out.append(cell);
        }
        out.append("\r\n");
    }

    public static byte[] xlsx(ResponseTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Réponses");
            XSSFCellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < table.header().size(); c++) {
                header.createCell(c).setCellValue(table.header().get(c));
                header.getCell(c).setCellStyle(bold);
            }
            for (int r = 0; r < table.rows().size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = table.rows().get(r);
                for (int c = 0; c < cells.size(); c++) {
                    String value = cells.get(c) == null ? "" : cells.get(c);
                    if (table.numeric().contains(c) && NUMBER.matcher(value).matches()) {
                        row.createCell(c).setCellValue(new BigDecimal(value).doubleValue());
                    } else if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                    }
                }
            }
            sheet.createFreezePane(0, 1);
            for (int c = 0; c < table.header().size(); c++) {
                sheet.setColumnWidth(c, (table.numeric().contains(c) ? 12 : 30) * 256);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
