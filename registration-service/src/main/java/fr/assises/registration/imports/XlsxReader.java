package fr.assises.registration.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

import fr.assises.common.problem.ProblemException;

/** The first sheet of an Excel file as text rows, like the CSV reader: dates typed as dates become 2027-06-24. */
final class XlsxReader {

    private XlsxReader() {
    }

    static List<List<String>> parse(byte[] body) {
        DataFormatter format = new DataFormatter(Locale.FRANCE);
        List<List<String>> rows = new ArrayList<>();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(body))) {
            Sheet sheet = workbook.getSheetAt(0);
            int width = 0;
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> cells = new ArrayList<>();
                if (row != null) {
                    int last = r == 0 ? row.getLastCellNum() : Math.max(width, row.getLastCellNum());
                    for (int c = 0; c < last; c++) {
                        cells.add(text(row.getCell(c), format));
                    }
                }
                if (r == 0) {
                    width = cells.size();
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw ProblemException.badRequest("Fichier Excel illisible : enregistrez-le au format .xlsx.");
        }
        return rows;
    }

    private static String text(Cell cell, DataFormatter format) {
        if (cell == null) {
            return "";
        }
        if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return DateTimeFormatter.ISO_LOCAL_DATE.format(cell.getLocalDateTimeCellValue().toLocalDate());
        }
        return format.formatCellValue(cell).strip();
    }
}
