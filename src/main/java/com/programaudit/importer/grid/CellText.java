package com.programaudit.importer.grid;

import com.programaudit.memo.BoundedMemo;
import java.util.function.Function;
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
        return number(cell.getNumericCellValue(), cell.getCellStyle().getDataFormat(), cell.getCellStyle().getDataFormatString());
    }

    /** A number cell's text from its value, format index and format string, as a user-model cell of them reads. */
    public String number(double value, short format, String pattern) {
        // a sheet repeats the same loads, reps and weeks: the text depends on these three alone
        return remembered.get(new NumberKey(Double.doubleToRawLongBits(value), format, pattern), formatted);
    }

    /** Number texts kept per reader: enough for every distinct value of a large program. */
    private final BoundedMemo<NumberKey, String> remembered = new BoundedMemo<>(20_000);
    /** Made once, not per cell: the audit JVM's C1 builds a capturing lambda through a slow call. */
    private final Function<NumberKey, String> formatted =
            key -> numbers.of(Double.longBitsToDouble(key.bits()), key.format(), key.pattern());

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
        // no saved result (a script wrote the formula): empty, as the streaming reader reads it, not POI's 0
        if (cell instanceof org.apache.poi.xssf.usermodel.XSSFCell x
                && (!x.getCTCell().isSetV() || x.getCTCell().getV().isEmpty())) return "";
        return switch (cell.getCachedFormulaResultType()) {
            case NUMERIC -> numberText(cell);
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            default -> "";
        };
    }
}
