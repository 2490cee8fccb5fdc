package com.programaudit.importer.grid.xls;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.record.ExtendedFormatRecord;
import org.apache.poi.hssf.record.FormatRecord;
import org.apache.poi.ss.usermodel.BuiltinFormats;

/**
 * The number format of each cell style (XF) of a workbook's globals, looked up as POI's HSSFDataFormat
 * does, so a number reads as it does from a user-model cell: a format record of the file wins over the
 * built-in format of the same index, and index -1 has no format string.
 */
final class XlsFormats {
    private static final String[] BUILT_IN = BuiltinFormats.getAll();
    private final List<String> formats = new ArrayList<>();
    private final List<ExtendedFormatRecord> styles = new ArrayList<>();

    void add(FormatRecord format) {
        int index = format.getIndexCode();
        while (formats.size() <= index) formats.add(null);
        formats.set(index, format.getFormatString());
    }

    void add(ExtendedFormatRecord style) { styles.add(style); }

    int styleCount() { return styles.size(); }

    /** The format index of a cell's style; throws for a style the workbook does not have. */
    short formatIndex(short style) {
        return styles.get(Short.toUnsignedInt(style)).getFormatIndex();
    }

    /** The format string of a format index, as HSSFDataFormat.getFormat gives it. */
    String pattern(short index) {
        if (index == -1) return null;
        String own = formats.size() > index ? formats.get(index) : null;
        if (BUILT_IN.length > index && BUILT_IN[index] != null) return own != null ? own : BUILT_IN[index];
        return own;
    }
}
