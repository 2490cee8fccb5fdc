package com.programaudit.web;

import com.programaudit.importer.grid.SpreadsheetFormat;
import java.nio.charset.StandardCharsets;

/**
 * Decides from the bytes alone whether an upload is a spreadsheet. The importer's sniffing tells a
 * zip from an OLE2 file from text; a Word document is a zip or an OLE2 file too, so this also looks
 * for the workbook's own entry name, which both containers keep uncompressed in their directory.
 */
final class SpreadsheetContent {
    private static final byte[] OOXML_WORKBOOK = "xl/workbook.".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] OLE2_WORKBOOK = "Workbook".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] OLE2_OLD_BOOK = "Book".getBytes(StandardCharsets.UTF_16LE);

    private SpreadsheetContent() { }

    static boolean isSpreadsheet(byte[] bytes) {
        return switch (SpreadsheetFormat.sniff(bytes)) {
            case XLSX -> contains(bytes, OOXML_WORKBOOK);
            case XLS -> contains(bytes, OLE2_WORKBOOK) || contains(bytes, OLE2_OLD_BOOK);
            case CSV -> true;
            case UNKNOWN -> false;
        };
    }

    private static boolean contains(byte[] bytes, byte[] needle) {
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }
}
