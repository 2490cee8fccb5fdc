package com.programaudit.importer.grid;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

/**
 * A user-model workbook cell's text exactly as the importer reads it (formatted value, cached formula
 * result): the .xls reader uses it, and a writer checks with it that a cell still holds what the audit
 * saw. The streaming .xlsx reader gives the same text for the same cell. Not thread-safe: one per writer.
 */
public final class CellText {
    private final NumberText numbers = new NumberText();

    /** The text, trimmed, as a finding's cell shows it. */
    public String of(Cell cell) { return text(cell).strip(); }

    /** The text as read into a grid, untrimmed; "" for a missing cell. */
    public String text(Cell cell) {
        if (cell == null) return "";
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) return cachedFormulaText(cell);
        if (type == CellType.NUMERIC) return numberText(cell);
        return numbers.formatter().formatCellValue(cell);
    }

    private String numberText(Cell cell) {
        return numbers.of(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(),
                cell.getCellStyle().getDataFormatString());
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
