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
        double value = cell.getNumericCellValue();
        short format = cell.getCellStyle().getDataFormat();
        String pattern = cell.getCellStyle().getDataFormatString();
        // a sheet repeats the same loads, reps and weeks: the text depends on these three alone
        NumberKey key = new NumberKey(Double.doubleToRawLongBits(value), format, pattern);
        String text = remembered.get(key);
        if (text == null) {
            text = numbers.of(value, format, pattern);
            if (remembered.size() >= REMEMBERED) remembered.clear();
            remembered.put(key, text);
        }
        return text;
    }

    /** Number texts kept per reader: enough for every distinct value of a large program. */
    private static final int REMEMBERED = 20_000;
    private final java.util.Map<NumberKey, String> remembered = new java.util.HashMap<>();

    /** A value with its format; equals and hashCode written out, as the audit JVM's C1 does not inline a record's. */
    private record NumberKey(long bits, short format, String pattern) {
        @Override
        public boolean equals(Object other) {
            return other instanceof NumberKey k && k.bits == bits && k.format == format && java.util.Objects.equals(k.pattern, pattern);
        }

        @Override
        public int hashCode() { return (Long.hashCode(bits) * 31 + format) * 31 + java.util.Objects.hashCode(pattern); }
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
