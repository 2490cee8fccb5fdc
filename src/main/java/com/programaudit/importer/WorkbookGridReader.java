package com.programaudit.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Reads .xlsx and .xls into text grids. The workbook is opened from bytes in memory, so the coach's
 * file is never opened for writing.
 */
final class WorkbookGridReader {
    private final ImportLimits limits;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    WorkbookGridReader(ImportLimits limits) { this.limits = limits; }

    Grid read(String fileName, byte[] bytes) throws ImportException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() > limits.maxSheets()) {
                throw new ImportException("The workbook has " + workbook.getNumberOfSheets()
                        + " sheets; at most " + limits.maxSheets() + " are read.");
            }
            List<GridSheet> sheets = new ArrayList<>();
            long cells = 0;
            for (Sheet sheet : workbook) {
                GridSheet grid = readSheet(sheet);
                for (int r = 0; r < grid.rowCount(); r++) cells += grid.width(r);
                if (cells > limits.maxCells()) {
                    throw new ImportException("The workbook has more than " + limits.maxCells()
                            + " cells, the most one program may have.", sheet.getSheetName(), null);
                }
                sheets.add(grid);
            }
            return new Grid(fileName, sheets);
        } catch (EncryptedDocumentException e) {
            throw new ImportException("The workbook is password-protected; save an unprotected copy and audit that.");
        } catch (IOException | RuntimeException e) {
            throw new ImportException(describe(e));
        }
    }

    private static String describe(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
            return "The workbook expands to far more data than its size suggests (a possible zip bomb); it was not read.";
        }
        return "The file looks like a spreadsheet but could not be read (" + firstLine(message) + ").";
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = newline >= 0 ? message.substring(0, newline) : message;
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    private GridSheet readSheet(Sheet sheet) throws ImportException {
        int lastRow = sheet.getLastRowNum();
        if (lastRow >= limits.maxRowsPerSheet()) {
            throw new ImportException("Sheet has " + (lastRow + 1) + " rows; at most " + limits.maxRowsPerSheet()
                    + " are read.", sheet.getSheetName(), "A" + (limits.maxRowsPerSheet() + 1));
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r <= lastRow; r++) {
            Row row = sheet.getRow(r);
            List<String> cells = new ArrayList<>();
            if (row != null && row.getLastCellNum() > 0) {
                for (int c = 0; c < row.getLastCellNum(); c++) {
                    cells.add(text(row.getCell(c)));
                }
            }
            rows.add(cells);
        }
        fillMergedRegions(sheet, rows);
        return new GridSheet(sheet.getSheetName(), rows);
    }

    /** A merged region shows its top-left value in every cell it covers, as the coach sees it. */
    private static void fillMergedRegions(Sheet sheet, List<List<String>> rows) {
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            if (top >= rows.size()) continue;
            List<String> topRow = rows.get(top);
            String value = left < topRow.size() ? topRow.get(left) : "";
            int lastRow = Math.min(region.getLastRow(), rows.size() - 1);
            int lastColumn = Math.min(region.getLastColumn(), left + 256);
            for (int r = top; r <= lastRow; r++) {
                List<String> cells = rows.get(r);
                while (cells.size() <= lastColumn) cells.add("");
                for (int c = left; c <= lastColumn; c++) cells.set(c, value);
            }
        }
    }

    String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return cachedFormulaText(cell);
        }
        return formatter.formatCellValue(cell);
    }

    /** Formulas are read as the value Excel last saved; they are never evaluated. */
    private String cachedFormulaText(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(),
                    cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
