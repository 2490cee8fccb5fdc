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

    /**
     * Cut off right after the last entry (no central directory at all): both readers end the zip there. After a data
     * descriptor the JDK's reading is not used (commons-compress reads on into what follows), but the zip still reads.
     */
    @Test
    void aZipCutOffAfterItsLastEntryReadsTheSameWithBoth() throws Exception {
        Raw sized = new Raw();
        sized.deflated("[Content_Types].xml", CONTENT_TYPES, new byte[0]);
        sized.stored("xl/worksheets/sheet1.xml", "<worksheet/>".getBytes(StandardCharsets.UTF_8), 0);
        sized.centralAndEnd();
        byte[] cut = Arrays.copyOf(sized.bytes(), centralDirectory(sized.bytes()) + 10);
        XlsxPackage.Inflated fast = JdkZipParts.read(cut, LIMITS);
        assertNotNull(fast);
        assertSame(XlsxPackage.inflate(cut, LIMITS), fast);

        byte[] withDescriptors = zip(null); // ZipOutputStream writes a descriptor after each deflated entry
        byte[] cutAfterDescriptor = Arrays.copyOf(withDescriptors, centralDirectory(withDescriptors) + 10);
        assertNull(JdkZipParts.read(cutAfterDescriptor, LIMITS));
        assertEquals(3, XlsxPackage.inflate(cutAfterDescriptor, LIMITS).entries());
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

    /** Names with backslashes, as old .NET writers left them: commons-compress reads them as folders, the JDK does not. */
    @Test
    void backslashNamesAreLeftToCommonsCompress() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.putNextEntry(new ZipEntry("[Content_Types].xml"));
            out.write(CONTENT_TYPES);
            out.putNextEntry(new ZipEntry("xl\\worksheets\\sheet1.xml"));
            out.write("<worksheet/>".getBytes(StandardCharsets.UTF_8));
        }
        assertNull(JdkZipParts.read(bytes.toByteArray(), LIMITS));
        assertEquals(1, XlsxPackage.inflate(bytes.toByteArray(), LIMITS).sheets(), "commons-compress counts the sheet");
    }

    /** A zip64 extra field too short for two sizes: commons-compress refuses the zip, the JDK would pass over it. */
    @Test
    void aShortZip64ExtraFieldIsLeftToCommonsCompress() throws Exception {
        Raw zip = new Raw();
        zip.deflated("[Content_Types].xml", CONTENT_TYPES, new byte[] {0x01, 0x00, 0x08, 0x00, 0, 0, 0, 0, 0, 0, 0, 0});
        zip.centralAndEnd();
        assertNull(JdkZipParts.read(zip.bytes(), LIMITS));
        assertThrows(IOException.class, () -> XlsxPackage.inflate(zip.bytes(), LIMITS));
    }

    /** After a data descriptor commons-compress reads 8-byte sizes unless a local or central header follows. */
    @Test
    void aDataDescriptorNotFollowedByAHeaderIsLeftToCommonsCompress() throws Exception {
        for (boolean signed : new boolean[] {false, true}) {
            Raw extraRecord = new Raw();
            extraRecord.deflatedWithDescriptor("[Content_Types].xml", CONTENT_TYPES, signed);
            extraRecord.int32(0x08064b50); // archive extra data: signature, length; a local header 8 bytes in
            extraRecord.int32(40);
            extraRecord.stored("xl/worksheets/sheet1.xml", "<worksheet/>".getBytes(StandardCharsets.UTF_8), 0);
            extraRecord.centralAndEnd();
            assertNull(JdkZipParts.read(extraRecord.bytes(), LIMITS));
            assertEquals(2, XlsxPackage.inflate(extraRecord.bytes(), LIMITS).entries(), "commons-compress reads on");

            Raw tail = new Raw();
            tail.deflatedWithDescriptor("[Content_Types].xml", CONTENT_TYPES, signed);
            for (int i = 0; i < 8; i++) tail.out.write(0xff); // fewer bytes than a local header
            assertNull(JdkZipParts.read(tail.bytes(), LIMITS));
            assertThrows(IOException.class, () -> XlsxPackage.inflate(tail.bytes(), LIMITS));

            Raw tidy = new Raw();
            tidy.deflatedWithDescriptor("[Content_Types].xml", CONTENT_TYPES, signed);
            tidy.centralAndEnd();
            assertNotNull(JdkZipParts.read(tidy.bytes(), LIMITS), "a central directory after it: read alike");
            assertSame(XlsxPackage.inflate(tidy.bytes(), LIMITS), JdkZipParts.read(tidy.bytes(), LIMITS));
        }
    }

    /** A stored entry whose compressed size says more than its size: commons-compress skips to the compressed size. */
    @Test
    void aStoredEntryWithTwoSizesIsLeftToCommonsCompress() throws Exception {
        Raw zip = new Raw();
        byte[] filler = new byte[50];
        filler[0] = 0x50; // a central header's signature where the JDK stops
        filler[1] = 0x4b;
        filler[2] = 0x01;
        filler[3] = 0x02;
        zip.stored("[Content_Types].xml", CONTENT_TYPES, filler.length);
        zip.out.write(filler, 0, filler.length);
        zip.stored("xl/worksheets/sheet1.xml", "<worksheet/>".getBytes(StandardCharsets.UTF_8), 0);
        zip.centralAndEnd();
        assertNull(JdkZipParts.read(zip.bytes(), LIMITS));
        assertEquals(2, XlsxPackage.inflate(zip.bytes(), LIMITS).entries(), "commons-compress reads the second entry");
    }

    private static final byte[] CONTENT_TYPES =
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>".getBytes(StandardCharsets.UTF_8);

    /** A zip written record by record, for what ZipOutputStream never writes. */
    private static final class Raw {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final ByteArrayOutputStream central = new ByteArrayOutputStream();
        private int entries;

        void int16(int v) { int16(out, v); }
        void int32(long v) { int32(out, v); }

        private static void int16(ByteArrayOutputStream to, int v) {
            to.write(v);
            to.write(v >>> 8);
        }

        private static void int32(ByteArrayOutputStream to, long v) {
            int16(to, (int) v & 0xffff);
            int16(to, (int) (v >>> 16) & 0xffff);
        }

        /** A local header, and its central header for later; {@code extraData}: bytes after the data the sizes count. */
        private void header(int flag, int method, long crc, long compressed, long size, String name, byte[] extra) {
            byte[] n = name.getBytes(StandardCharsets.UTF_8);
            int at = out.size();
            int32(0x04034b50);
            int16(20);
            int16(flag);
            int16(method);
            int32(0);
            int32(flag == 8 ? 0 : crc);
            int32(flag == 8 ? 0 : compressed);
            int32(flag == 8 ? 0 : size);
            int16(n.length);
            int16(extra.length);
            out.write(n, 0, n.length);
            out.write(extra, 0, extra.length);
            int32(central, 0x02014b50);
            for (int v : new int[] {20, 20, flag, method, 0, 0}) int16(central, v);
            int32(central, crc);
            int32(central, compressed);
            int32(central, size);
            for (int v : new int[] {n.length, 0, 0, 0, 0}) int16(central, v);
            int32(central, 0);
            int32(central, at);
            central.write(n, 0, n.length);
            entries++;
        }

        void stored(String name, byte[] data, int moreCompressed) {
            header(0, 0, crc(data), data.length + moreCompressed, data.length, name, new byte[0]);
            out.write(data, 0, data.length);
        }

        void deflated(String name, byte[] data, byte[] extra) {
            byte[] d = deflate(data);
            header(0, 8, crc(data), d.length, data.length, name, extra);
            out.write(d, 0, d.length);
        }

        void deflatedWithDescriptor(String name, byte[] data, boolean signed) {
            byte[] d = deflate(data);
            header(8, 8, crc(data), d.length, data.length, name, new byte[0]);
            out.write(d, 0, d.length);
            if (signed) int32(0x08074b50);
            int32(crc(data));
            int32(d.length);
            int32(data.length);
        }

        void centralAndEnd() {
            int at = out.size();
            out.write(central.toByteArray(), 0, central.size());
            int32(0x06054b50);
            int16(0);
            int16(0);
            int16(entries);
            int16(entries);
            int32(central.size());
            int32(at);
            int16(0);
        }

        byte[] bytes() { return out.toByteArray(); }

        private static long crc(byte[] data) {
            CRC32 crc = new CRC32();
            crc.update(data);
            return crc.getValue();
        }

        private static byte[] deflate(byte[] data) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(java.util.zip.Deflater.DEFAULT_COMPRESSION, true);
            deflater.setInput(data);
            deflater.finish();
            byte[] buffer = new byte[data.length + 1024];
            int n = deflater.deflate(buffer);
            deflater.end();
            return Arrays.copyOf(buffer, n);
        }
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
