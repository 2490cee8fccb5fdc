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
            "an RTF document", "{\\rtf".getBytes(StandardCharsets.US_ASCII),
            "an HTML page", "<!DOCTYPE html".getBytes(StandardCharsets.US_ASCII));

    private ForeignFile() { }

    /** What the file is, when it is a known kind that is not a spreadsheet. */
    public static Optional<String> kind(byte[] bytes) {
        for (Map.Entry<String, byte[]> magic : MAGIC.entrySet()) {
            if (startsWith(bytes, magic.getValue())) return Optional.of(magic.getKey());
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
