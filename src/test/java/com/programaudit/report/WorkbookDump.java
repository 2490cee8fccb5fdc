package com.programaudit.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFColor;

/** A workbook as text for golden files: every sheet, every cell with its type, value, fill, comment and link. */
final class WorkbookDump {
    private WorkbookDump() { }

    static String of(byte[] bytes) throws IOException {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        StringBuilder out = new StringBuilder();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                out.append("== ").append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        String line = cell(cell, formatter);
                        if (line != null) out.append(line).append('\n');
                    }
                }
            }
        }
        return out.toString();
    }

    private static String cell(Cell cell, DataFormatter formatter) {
        StringBuilder line = new StringBuilder(cell.getAddress().formatAsString()).append(' ');
        CellType type = cell.getCellType();
        boolean filled = cell.getCellStyle().getFillPattern() != FillPatternType.NO_FILL;
        Comment comment = cell.getCellComment();
        if (type == CellType.BLANK && !filled && comment == null) return null;
        line.append(type);
        if (type == CellType.FORMULA) line.append(" =").append(cell.getCellFormula());
        else if (type != CellType.BLANK) line.append(" '").append(flat(formatter.formatCellValue(cell))).append('\'');
        if (filled) line.append(" fill=").append(colour(cell.getCellStyle()));
        if (comment != null) {
            line.append(" comment[").append(comment.getAuthor()).append("]='").append(flat(comment.getString().getString())).append('\'');
        }
        if (cell.getHyperlink() != null) line.append(" link=").append(cell.getHyperlink().getAddress());
        return line.toString();
    }

    /** An .xlsx colour by its RGB when it has one (custom and theme colours), else by its palette name. */
    private static String colour(CellStyle style) {
        if (style.getFillForegroundColorColor() instanceof XSSFColor xssf && xssf.getARGBHex() != null
                && !xssf.isIndexed()) {
            return "#" + xssf.getARGBHex();
        }
        short index = style.getFillForegroundColor();
        try {
            return IndexedColors.fromInt(index).name();
        } catch (IllegalArgumentException e) {
            return String.valueOf(index);
        }
    }

    private static String flat(String text) { return text.replace("\\", "\\\\").replace("\n", "\\n"); }
}
