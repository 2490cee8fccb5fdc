package com.programaudit.importer.grid;

import com.programaudit.importer.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;
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
public final class WorkbookGridReader {
    private final ImportLimits limits;
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    public WorkbookGridReader(ImportLimits limits) { this.limits = limits; }

    public Grid read(String fileName, byte[] bytes) throws ImportException {
        SpreadsheetFormat format = SpreadsheetFormat.sniff(bytes);
        if (format == SpreadsheetFormat.XLSX) UnpackedSize.check(bytes, limits);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            if (workbook.getNumberOfSheets() > limits.maxSheets()) {
                throw new ImportException(String.format(Locale.ROOT, "The workbook has %,d sheets; at most %,d are read.",
                        workbook.getNumberOfSheets(), limits.maxSheets()));
            }
            List<GridSheet> sheets = new ArrayList<>();
            long cells = 0;
            for (Sheet sheet : visibleSheets(workbook)) {
                GridSheet grid = readSheet(sheet);
                for (int r = 0; r < grid.rowCount(); r++) cells += grid.width(r);
                if (cells > limits.maxCells()) {
                    throw new ImportException(String.format(Locale.ROOT, "The workbook has more than %,d cells"
                            + " (%,d up to this sheet), the most one program may have.", limits.maxCells(), cells),
                            sheet.getSheetName(), null);
                }
                sheets.add(grid);
            }
            return new Grid(fileName, sheets);
        } catch (IOException | RuntimeException e) {
            throw new ImportException(WorkbookFailure.describe(e, format));
        }
    }

    /** Hidden sheets are old versions and scratch work the coach chose not to show; all, if all are hidden. */
    private static List<Sheet> visibleSheets(Workbook workbook) {
        List<Sheet> visible = new ArrayList<>();
        List<Sheet> all = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            all.add(workbook.getSheetAt(i));
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) visible.add(workbook.getSheetAt(i));
        }
        return visible.isEmpty() ? all : visible;
    }

    private GridSheet readSheet(Sheet sheet) throws ImportException {
        int lastRow = sheet.getLastRowNum();
        if (lastRow >= limits.maxRowsPerSheet()) {
            throw new ImportException(String.format(Locale.ROOT, "The sheet has %,d rows; at most %,d rows are read."
                    + " Split the program into smaller files.", lastRow + 1, limits.maxRowsPerSheet()),
                    sheet.getSheetName(), "A" + (limits.maxRowsPerSheet() + 1));
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

    /**
     * A merged region shows its top-left value in every cell it covers, as the coach sees it. Regions
     * may overlap in a crafted file, so the cells filled are counted against the cell limit.
     */
    private void fillMergedRegions(Sheet sheet, List<List<String>> rows) throws ImportException {
        long filled = 0;
        for (CellRangeAddress region : sheet.getMergedRegions()) {
            int top = region.getFirstRow();
            int left = region.getFirstColumn();
            if (top >= rows.size()) continue;
            List<String> topRow = rows.get(top);
            String value = left < topRow.size() ? topRow.get(left) : "";
            int lastRow = Math.min(region.getLastRow(), rows.size() - 1);
            int lastColumn = Math.min(region.getLastColumn(), left + 256);
            filled += (long) Math.max(0, lastRow - top + 1) * (lastColumn - left + 1);
            if (filled > limits.maxCells()) {
                throw new ImportException(String.format(Locale.ROOT, "The merged cells of this sheet cover more than"
                        + " %,d cells, the most one program may have; unmerge them or split the sheet.",
                        limits.maxCells()), sheet.getSheetName(), region.formatAsString());
            }
            for (int r = top; r <= lastRow; r++) {
                List<String> cells = rows.get(r);
                while (cells.size() <= lastColumn) cells.add("");
                for (int c = left; c <= lastColumn; c++) cells.set(c, value);
            }
        }
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER = java.util.regex.Pattern.compile("-?\\d+(?:\\.\\d+)?");
    private static final java.util.regex.Pattern DIGIT = java.util.regex.Pattern.compile("\\d");
    /** A '+' a number format writes itself: quoted ("x"0"+") or escaped (0\+). */
    private static final java.util.regex.Pattern FORMAT_PLUS = java.util.regex.Pattern.compile("\"[^\"]*\\+[^\"]*\"|\\\\\\+");

    public String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            return cachedFormulaText(cell);
        }
        if (type == CellType.NUMERIC) return numberText(cell);
        return formatter.formatCellValue(cell);
    }

    /**
     * A number as shown, unless the display hides what was planned: accounting formats show 0 as "-"
     * (RIR 0 would vanish) and a whole-number format shows RIR 1.5 as 2; a '+' that the format adds
     * ({@code "x"0"+"} shows 5 as "x5+") decorates every cell of a column, it is not an AMRAP mark the
     * coach wrote on one set. Dates and percentages as shown.
     */
    private String numberText(Cell cell) {
        double value = cell.getNumericCellValue();
        int format = cell.getCellStyle().getDataFormat();
        String pattern = cell.getCellStyle().getDataFormatString();
        String shown = formatter.formatRawCellContents(value, format, pattern);
        if (DateUtil.isADateFormat(format, pattern) || (pattern != null && pattern.contains("%"))) return shown;
        String raw = NumberToTextConverter.toText(value);
        if (!DIGIT.matcher(shown).find()) return raw;
        if (pattern != null && FORMAT_PLUS.matcher(pattern).find()) shown = shown.replace("+", "");
        String plain = shown.strip().replace(",", "");
        if (PLAIN_NUMBER.matcher(plain).matches() && Math.abs(Double.parseDouble(plain) - value) > 1e-9) return raw;
        return shown;
    }

    /** Formulas are read as the value Excel last saved; they are never evaluated. */
    private String cachedFormulaText(Cell cell) {
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> numberText(cell);
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
