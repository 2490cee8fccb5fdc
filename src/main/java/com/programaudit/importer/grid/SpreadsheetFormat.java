package com.programaudit.importer.grid;

/** Spreadsheet formats recognised from a file's first bytes, never from its name. */
public enum SpreadsheetFormat {
    XLSX, XLS, CSV, UNKNOWN;

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    public static SpreadsheetFormat sniff(byte[] bytes) {
        if (startsWith(bytes, ZIP)) return XLSX;
        if (startsWith(bytes, OLE2)) return XLS;
        return utf16(bytes) != null || looksLikeText(bytes) ? CSV : UNKNOWN;
    }

    /**
     * UTF-16 text, by its byte-order mark or, without one, by NULs in every other byte of the
     * first KiB (ASCII text in UTF-16): the charset, or null when the bytes are not UTF-16 text.
     */
    public static java.nio.charset.Charset utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) return java.nio.charset.StandardCharsets.UTF_16LE;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) return java.nio.charset.StandardCharsets.UTF_16BE;
        int n = Math.min(bytes.length, 1024) & ~1;
        if (n < 8) return null;
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 9 && evenNul == 0) return java.nio.charset.StandardCharsets.UTF_16LE;
        if (evenNul * 10 >= pairs * 9 && oddNul == 0) return java.nio.charset.StandardCharsets.UTF_16BE;
        return null;
    }

    private static boolean startsWith(byte[] bytes, byte[] magic) {
        if (bytes.length < magic.length) return false;
        for (int i = 0; i < magic.length; i++) {
            if (bytes[i] != magic[i]) return false;
        }
        return true;
    }

    /** Text when the first few KiB hold no NUL bytes and few control characters. */
    private static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        if (n == 0) return false;
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return false;
            if (b < 0x09 || (b > 0x0D && b < 0x20)) control++;
        }
        return control * 50 < n;
    }
}
