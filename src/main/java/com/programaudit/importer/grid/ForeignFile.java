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
