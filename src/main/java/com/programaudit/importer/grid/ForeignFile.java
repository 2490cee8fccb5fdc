package com.programaudit.importer.grid;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * Recognises common files that are not spreadsheets from their first bytes, so that a photo or a
 * PDF saved under a spreadsheet name gets a message saying what it really is.
 */
public final class ForeignFile {
    private static final Map<String, byte[]> MAGIC = Map.of(
            "a PNG image", new byte[] {(byte) 0x89, 'P', 'N', 'G'},
            "a PDF document", "%PDF-".getBytes(StandardCharsets.US_ASCII),
            "a JPEG image", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF},
            "a GIF image", "GIF8".getBytes(StandardCharsets.US_ASCII),
            "a gzip archive", new byte[] {0x1F, (byte) 0x8B},
            "a 7-Zip archive", new byte[] {'7', 'z', (byte) 0xBC, (byte) 0xAF},
            "a RAR archive", "Rar!".getBytes(StandardCharsets.US_ASCII),
            "an RTF document", "{\\rtf".getBytes(StandardCharsets.US_ASCII));
    /** How far into a markup file its kind shows (Excel 2003 XML names its namespace on the root element). */
    private static final int MARKUP_HEAD = 2048;

    private ForeignFile() { }

    /** What the file is, when it is a known kind that is not a spreadsheet. */
    public static Optional<String> kind(byte[] bytes) {
        for (Map.Entry<String, byte[]> magic : MAGIC.entrySet()) {
            if (startsWith(bytes, magic.getValue())) return Optional.of(magic.getKey());
        }
        return markup(bytes);
    }

    /**
     * A spreadsheet of another program, which is not read: an OpenDocument spreadsheet (LibreOffice, OpenOffice; a zip
     * whose first entry says so), an Apple Numbers file (a zip of .iwa parts), an Excel 5.0/95 workbook (an Office
     * file whose stream is "Book", not "Workbook"). Each is saved as .xlsx by the program that made it.
     */
    public static Optional<String> otherSpreadsheet(byte[] bytes) {
        SpreadsheetFormat container = SpreadsheetFormat.sniff(bytes);
        if (container == SpreadsheetFormat.XLSX) { // a zip
            String head = new String(bytes, 0, Math.min(bytes.length, 128), StandardCharsets.ISO_8859_1);
            if (head.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet")) {
                return Optional.of("an OpenDocument spreadsheet (.ods, from LibreOffice or OpenOffice)");
            }
            if (contains(bytes, NUMBERS_PART, NUMBERS_HEAD)) return Optional.of("an Apple Numbers file");
        }
        if (container == SpreadsheetFormat.XLS // an Office (OLE2) file
                && contains(bytes, OLE2_OLD_BOOK, bytes.length) && !contains(bytes, OLE2_WORKBOOK, bytes.length)) {
            return Optional.of("an Excel 5.0/95 workbook");
        }
        return Optional.empty();
    }

    private static final byte[] NUMBERS_PART = "Index/Document.iwa".getBytes(StandardCharsets.US_ASCII);
    /** Numbers writes its document part near the start; a workbook is not scanned whole for it. */
    private static final int NUMBERS_HEAD = 64 * 1024;
    private static final byte[] OLE2_WORKBOOK = "Workbook".getBytes(StandardCharsets.UTF_16LE);
    private static final byte[] OLE2_OLD_BOOK = "Book".getBytes(StandardCharsets.UTF_16LE);

    /** Whether {@code needle} occurs in the first {@code within} bytes. */
    public static boolean contains(byte[] bytes, byte[] needle, int within) {
        int end = Math.min(bytes.length, within) - needle.length;
        outer:
        for (int i = 0; i <= end; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    /**
     * A web page or an XML file, whatever the case of its first tag and whatever comes before it (a byte-order mark,
     * blank lines): web apps save HTML tables under .xls names, and Excel 2003 saved its own XML. Neither is read.
     */
    private static Optional<String> markup(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, MARKUP_HEAD), StandardCharsets.ISO_8859_1);
        int start = head.startsWith("\u00EF\u00BB\u00BF") ? 3 : 0; // UTF-8 byte-order mark
        while (start < head.length() && Character.isWhitespace(head.charAt(start))) start++;
        String first = head.substring(start).toLowerCase(java.util.Locale.ROOT);
        if (first.startsWith("<!doctype html") || first.startsWith("<html")) return Optional.of("an HTML page");
        if (first.startsWith("<?xml")) {
            return Optional.of(first.contains("urn:schemas-microsoft-com:office:spreadsheet")
                    ? "an Excel 2003 XML file (SpreadsheetML, which is not read)" : "an XML file");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) return false;
        }
        return true;
    }
}
