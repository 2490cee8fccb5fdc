package com.programaudit.importer.grid.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.importer.ImportLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The JDK's zip reader is only a shortcut: whatever it hands back is what commons-compress's streaming reader reads
 * from the same bytes, and whatever that reader reads otherwise or refuses is left to it.
 */
class JdkZipPartsTest {
    private static final ImportLimits LIMITS = ImportLimits.DEFAULT;

    /** Every workbook the tests read (tidy, real habits, hostile, crafted): read the same way, or left to commons-compress. */
    static Stream<Path> workbooks() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/test/resources"))) {
            List<Path> xlsx = files.filter(p -> p.toString().endsWith(".xlsx") || p.toString().endsWith(".xlsm")).sorted().toList();
            assertTrue(xlsx.size() > 20, "workbooks found: " + xlsx.size());
            return xlsx.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("workbooks")
    void aWorkbookReadsAsCommonsCompressReadsItOrIsLeftToIt(Path file) throws Exception {
        byte[] zip = Files.readAllBytes(file);
        XlsxPackage.Inflated fast = JdkZipParts.read(zip, LIMITS);
        if (fast == null) return; // commons-compress reads it, as it did before the shortcut
        assertSame(XlsxPackage.inflate(zip, LIMITS), fast);
    }

    @Test
    void aTidyZipIsReadByTheJdkAsCommonsCompressReadsIt() throws Exception {
        byte[] zip = zip("a comment after the end record");
        XlsxPackage.Inflated fast = JdkZipParts.read(zip, LIMITS);
        assertNotNull(fast, "nothing unusual: the JDK reads it");
        assertSame(XlsxPackage.inflate(zip, LIMITS), fast);
        assertEquals(3, fast.entries());
        assertEquals(1, fast.sheets());
        assertTrue(fast.contentTypes());
    }

    /** Bytes that are no record after the last entry: commons-compress refuses the zip, so the JDK's reading is not used. */
    @Test
    void somethingElseThanACentralDirectoryAfterTheEntriesIsLeftToCommonsCompress() throws Exception {
        byte[] tidy = zip(null);
        int central = centralDirectory(tidy);
        byte[] garbage = tidy.clone();
        garbage[central] = 'X';
        assertNull(JdkZipParts.read(garbage, LIMITS));
        IOException refused = assertThrows(IOException.class, () -> XlsxPackage.inflate(garbage, LIMITS));
        assertTrue(refused.getMessage().contains("Unexpected record signature"), refused.getMessage());
    }

    /** A download cut off inside the central directory: commons-compress says "Truncated ZIP file"; the JDK would read on. */
    @Test
    void aZipCutOffInItsCentralDirectoryIsLeftToCommonsCompress() throws Exception {
        byte[] tidy = zip(null);
        byte[] cut = Arrays.copyOf(tidy, centralDirectory(tidy) + 60);
        assertNull(JdkZipParts.read(cut, LIMITS));
        IOException refused = assertThrows(IOException.class, () -> XlsxPackage.inflate(cut, LIMITS));
        assertEquals("Truncated ZIP file", refused.getMessage());
    }

    /** Cut off right after the last entry (no central directory at all): both readers end the zip there. */
    @Test
    void aZipCutOffAfterItsLastEntryReadsTheSameWithBoth() throws Exception {
        byte[] tidy = zip(null);
        byte[] cut = Arrays.copyOf(tidy, centralDirectory(tidy) + 10);
        XlsxPackage.Inflated fast = JdkZipParts.read(cut, LIMITS);
        assertNotNull(fast);
        assertSame(XlsxPackage.inflate(cut, LIMITS), fast);
    }

    /** Stored entries with data descriptors (Python's zipfile to a stream): the JDK refuses them, commons-compress reads them. */
    @Test
    void storedEntriesWithDataDescriptorsAreLeftToCommonsCompress() throws Exception {
        byte[] zip = Files.readAllBytes(Path.of("src/test/resources/xlsx/stored_with_data_descriptors.xlsx"));
        assertNull(JdkZipParts.read(zip, LIMITS));
        assertTrue(XlsxPackage.inflate(zip, LIMITS).entries() > 3);
    }

    /** A part that inflates near POI's zip-bomb ratio: commons-compress decides, with POI's words. */
    @Test
    void aPartNearTheZipBombRatioIsLeftToCommonsCompress() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(new byte[300 * 1024]); // zeros: inflates ~1000 times its size
            out.closeEntry();
        }
        assertNull(JdkZipParts.read(bytes.toByteArray(), LIMITS));
        IOException refused = assertThrows(IOException.class, () -> XlsxPackage.inflate(bytes.toByteArray(), LIMITS));
        assertTrue(refused.getMessage().startsWith("Zip bomb detected!"), refused.getMessage());
    }

    /** A part named twice: commons-compress's reading words the refusal. */
    @Test
    void aPartNamedTwiceIsLeftToCommonsCompress() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (String name : List.of("xl/workbook.xml", "XL/Workbook.xml")) {
                out.putNextEntry(new ZipEntry(name));
                out.write("<workbook/>".getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
        }
        assertNull(JdkZipParts.read(bytes.toByteArray(), LIMITS));
        assertThrows(IOException.class, () -> XlsxPackage.inflate(bytes.toByteArray(), LIMITS));
    }

    private static void assertSame(XlsxPackage.Inflated expected, XlsxPackage.Inflated actual) {
        assertEquals(expected.entries(), actual.entries());
        assertEquals(expected.sheets(), actual.sheets());
        assertEquals(expected.contentTypes(), actual.contentTypes());
        assertEquals(expected.parts().keySet(), actual.parts().keySet());
        expected.parts().forEach((name, bytes) -> assertArrayEquals(bytes, actual.parts().get(name), name));
    }

    /** A small workbook-shaped zip: deflated, one stored entry, and a zip comment when given. */
    private static byte[] zip(String comment) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            if (comment != null) out.setComment(comment);
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
            byte[] stored = "<worksheet><sheetData/></worksheet>".getBytes(StandardCharsets.UTF_8);
            ZipEntry sheet = new ZipEntry("xl/worksheets/sheet1.xml");
            sheet.setMethod(ZipEntry.STORED);
            sheet.setSize(stored.length);
            CRC32 crc = new CRC32();
            crc.update(stored);
            sheet.setCrc(crc.getValue());
            out.putNextEntry(sheet);
            out.write(stored);
            out.closeEntry();
            out.putNextEntry(new ZipEntry("xl/workbook.xml"));
            out.write("<workbook/>".repeat(50).getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** Where the central directory starts: the first central header signature. */
    private static int centralDirectory(byte[] zip) {
        for (int i = 0; i + 4 <= zip.length; i++) {
            if (zip[i] == 0x50 && zip[i + 1] == 0x4b && zip[i + 2] == 0x01 && zip[i + 3] == 0x02) return i;
        }
        throw new AssertionError("no central directory");
    }
}
