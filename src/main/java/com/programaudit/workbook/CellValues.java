package com.programaudit.workbook;

import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;

/** Writes a text value into a cell: a plain number as a number (so Excel can compute with it), else text. */
public final class CellValues {
    // "2", "2.5", "-1"; not "08", "2/1/0" or "8-12", which are text a coach typed
    private static final Pattern NUMBER = Pattern.compile("-?(0|[1-9][0-9]{0,8})(\\.[0-9]{1,6})?");

    private CellValues() { }

    public static boolean isNumber(String text) { return NUMBER.matcher(text).matches(); }

    /** Excel's limit on the text of one cell (POI refuses more). */
    public static final int MAX_TEXT = org.apache.poi.ss.SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    private static final String CUT = "… [cut: a cell holds at most 32,767 characters]";

    /** The text as it fits in one cell: over Excel's limit, its start and a note saying it was cut. */
    public static String fit(String text) {
        return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT - CUT.length()) + CUT;
    }

    /** Sets only the value; the cell keeps its style. Text over Excel's limit is cut, with a note. */
    public static void set(Cell cell, String text) {
        // POI 5.5.1 keeps an inline string (<is>) when a new value is set, and readers show the old text
        // (bz 69896); blanking first drops it
        cell.setBlank();
        if (text.isEmpty()) return;
        if (isNumber(text)) cell.setCellValue(Double.parseDouble(text));
        else cell.setCellValue(fit(text));
    }
}
