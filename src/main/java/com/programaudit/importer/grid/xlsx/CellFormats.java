package com.programaudit.importer.grid.xlsx;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * The number format of each cell style (xf) index, looked up in POI's StylesTable once per style, as
 * XSSFCell.getCellStyle() would give it.
 */
final class CellFormats {
    /** A style's format id (as the user model's short) and format string. */
    record Format(int index, String pattern) { }

    private final StylesTable styles;
    private final Map<Integer, Format> byStyle = new HashMap<>();

    CellFormats(StylesTable styles) { this.styles = styles; }

    /** The style a cell names; the user model has none when the workbook has no cell styles. */
    boolean hasStyle(long style) {
        return styles.getNumCellStyles() > 0 && style >= 0 && style < styles.getNumCellStyles();
    }

    Format of(int style) {
        Format format = byStyle.get(style);
        if (format == null) {
            XSSFCellStyle cellStyle = styles.getStyleAt(style);
            if (cellStyle == null) throw new IllegalStateException("cell style " + style + " is missing from the workbook");
            format = new Format(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            byStyle.put(style, format);
        }
        return format;
    }
}
