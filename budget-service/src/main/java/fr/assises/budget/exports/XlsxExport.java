package fr.assises.budget.exports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import fr.assises.budget.budget.BudgetView;
import fr.assises.budget.budget.VersionStatus;

/**
 * One sheet in the order of the form. Amounts are spreadsheet numbers in euros (converted from exact cents at the
 * last step, so that the spreadsheet can add them); the formula column says how each line was computed.
 */
final class XlsxExport {

    static final String SHEET = "Budget prévisionnel";
    static final String SCENARIOS = "Scénarios";

    private XlsxExport() {
    }

    static byte[] write(BudgetView view) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(SHEET);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00 \"€\""));
            Font boldFont = workbook.createFont();
            boldFont.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(boldFont);
            CellStyle boldMoney = workbook.createCellStyle();
            boldMoney.cloneStyleFrom(money);
            boldMoney.setFont(boldFont);

            int r = 0;
            Row title = sheet.createRow(r++);
            text(title, 0, "Budget prévisionnel – version " + view.versionNumber() + " « " + view.versionName() + " » ("
                    + (view.status() == VersionStatus.SUBMITTED ? "soumise" : "brouillon") + ")", bold);
            Row header = sheet.createRow(r++);
            for (int c = 0; c < CsvExport.HEADER.size(); c++) {
                text(header, c, CsvExport.HEADER.get(c), bold);
            }
            for (Rows.Row row : Rows.of(view)) {
                Row x = sheet.createRow(r++);
                boolean strong = row.kind() != Rows.Kind.LINE;
                text(x, 0, row.kind().label, null);
                text(x, 1, row.section(), null);
                text(x, 2, row.account(), strong ? bold : null);
                text(x, 3, row.label(), strong ? bold : null);
                text(x, 4, row.funder(), null);
                text(x, 5, row.formula(), null);
                if (row.kind() != Rows.Kind.SECTION) {
                    amount(x, 6, row.valueCents(), strong ? boldMoney : money);
                }
                if (row.confirmedCents() != null) {
                    amount(x, 7, row.confirmedCents(), money);
                }
                if (row.kind() == Rows.Kind.LINE) {
                    amount(x, 8, row.committedCents(), money);
                    amount(x, 9, row.paidCents(), money);
                }
            }
            int[] widths = {10, 30, 8, 50, 35, 70, 16, 20, 14, 14};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 2);
            scenarios(workbook.createSheet(SCENARIOS), view, bold, money);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The scenarios side by side, one per row, and the break-even participant count. */
    private static void scenarios(Sheet sheet, BudgetView view, CellStyle bold, CellStyle money) {
        Row header = sheet.createRow(0);
        String[] titles = {"Scénario", "Participants", "Charges (EUR)", "Produits (EUR)", "Total des charges (EUR)",
            "Total des produits (EUR)", "Solde (EUR)"};
        for (int c = 0; c < titles.length; c++) {
            text(header, c, titles[c], bold);
        }
        int r = 1;
        for (BudgetView.ScenarioResult scenario : view.scenarios()) {
            Row row = sheet.createRow(r++);
            text(row, 0, scenario.name(), null);
            row.createCell(1).setCellValue(scenario.participants());
            amount(row, 2, scenario.chargesCents(), money);
            amount(row, 3, scenario.produitsCents(), money);
            amount(row, 4, scenario.totalChargesCents(), money);
            amount(row, 5, scenario.totalProduitsCents(), money);
            amount(row, 6, scenario.balanceCents(), money);
        }
        Row breakEven = sheet.createRow(r + 1);
        text(breakEven, 0, "Seuil d'équilibre", bold);
        if (view.breakEven().participants() != null) {
            breakEven.createCell(1).setCellValue(view.breakEven().participants());
        }
        text(breakEven, 2, view.breakEven().label(), null);
        for (int c = 0; c < titles.length; c++) {
            sheet.setColumnWidth(c, 22 * 256);
        }
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void amount(Row row, int column, long cents, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(BigDecimal.valueOf(cents, 2).doubleValue());
        cell.setCellStyle(style);
    }
}
