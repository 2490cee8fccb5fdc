package com.programaudit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** Client file names become labels, never paths; spreadsheets are told apart by their bytes. */
class UploadsTest {
    @Test
    void aClientFileNameLosesItsFoldersAndControlCharacters() {
        assertEquals("passwd.csv", Uploads.displayName("../../etc/passwd.csv", 1));
        assertEquals("plan.xlsx", Uploads.displayName("C:\\Users\\coach\\plan.xlsx", 1));
        assertEquals("ab.csv", Uploads.displayName("a\u0000b.csv", 1));
        assertEquals("planxslx.exe", Uploads.displayName("plan\u202Exslx.exe", 1), "no right-to-left override");
        assertEquals("plan.xlsx", Uploads.displayName("\uFEFFplan\u200B.xlsx", 1));
        assertEquals("upload-3", Uploads.displayName("  ", 3));
        assertEquals("upload-2", Uploads.displayName("dir/", 2));
        assertEquals(200, Uploads.displayName("x".repeat(500), 1).length());
    }

    @Test
    void theSharedExamplesAreSpreadsheetsAndOtherContainersAreNot() throws Exception {
        for (String name : new String[] {"anna_upper_lower.xlsx", "eva_clean.xls", "dan_full_body.csv"}) {
            assertTrue(SpreadsheetContent.isSpreadsheet(Files.readAllBytes(TestRules.RESOURCES.resolve("examples/" + name))), name);
        }
        assertFalse(SpreadsheetContent.isSpreadsheet(new byte[] {0x50, 0x4B, 0x03, 0x04, 'w', 'o', 'r', 'd', '/'}));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        byte[] wordDocument = java.util.Arrays.copyOf(ole2, ole2.length + 24);
        System.arraycopy("WordDocument".getBytes(StandardCharsets.UTF_16LE), 0, wordDocument, ole2.length, 24);
        assertFalse(SpreadsheetContent.isSpreadsheet(wordDocument));
        assertFalse(SpreadsheetContent.isSpreadsheet("%PDF-1.7\n\u0000\u0001binary".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** What the command line explains (password-protected, damaged or cut short) reaches the importer, not a 415. */
    @Test
    void protectedAndDamagedWorkbooksAreLeftToTheImporterToExplain() throws Exception {
        for (String name : new String[] {"password.xlsx", "password.xls", "truncated.xlsx", "truncated.xls"}) {
            assertTrue(SpreadsheetContent.isSpreadsheet(Files.readAllBytes(TestRules.RESOURCES.resolve("hostile/" + name))), name);
        }
    }

    @Test
    void theLimitIsShownInMegabytes() {
        assertEquals("20", Uploads.megabytes(20L * 1024 * 1024));
        assertEquals("1.5", Uploads.megabytes(1536L * 1024));
    }
}
