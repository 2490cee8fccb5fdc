package com.programaudit.web;

import com.programaudit.importer.grid.ForeignFile;
import com.programaudit.importer.grid.SpreadsheetFormat;
import java.nio.charset.StandardCharsets;

/**
 * Decides from the bytes alone whether an upload may be a spreadsheet, so that other documents get a 415. The
 * importer's sniffing tells a zip from an OLE2 file from text; a Word or PowerPoint document is a zip or an OLE2 file
 * too, so this also looks for their own entry names, which both containers keep uncompressed in their directory.
 * A container with neither a workbook's nor another document's names goes on to the importer, which says what it is
 * as the command line does: password-protected (an encrypted .xlsx is an OLE2 file with no workbook entry), or
 * damaged and cut short (a truncated upload may end before its directory).
 */
final class SpreadsheetContent {
    private static final byte[] OOXML_WORKBOOK = "xl/workbook.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_WORKBOOK = "Workbook".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] OLE2_OLD_BOOK = "Book".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[][] OTHER_OOXML = {"word/".getBytes(StandardCharsets.US_ASCII),
            "ppt/".getBytes(StandardCharsets.US_ASCII)};
    private static final byte[][] OTHER_OLE2 = {"WordDocument".getBytes(StandardCharsets.UTF_16LE),
            "PowerPoint Document".getBytes(StandardCharsets.UTF_16LE)};

    private SpreadsheetContent() { }

    static boolean isSpreadsheet(byte[] bytes) {
        return switch (SpreadsheetFormat.sniff(bytes)) {
            case XLSX -> contains(bytes, OOXML_WORKBOOK) || !containsAny(bytes, OTHER_OOXML);
            case XLS -> contains(bytes, OLE2_WORKBOOK) || contains(bytes, OLE2_OLD_BOOK) || !containsAny(bytes, OTHER_OLE2);
            case CSV -> true;
            case UNKNOWN -> false;
        };
    }

    private static boolean containsAny(byte[] bytes, byte[][] needles) {
        for (byte[] needle : needles) {
            if (contains(bytes, needle)) return true;
        }
        return false;
    }

    private static boolean contains(byte[] bytes, byte[] needle) {
        return ForeignFile.contains(bytes, needle, bytes.length);
    }
}
