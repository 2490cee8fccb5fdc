package com.programaudit.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Inflates an .xlsx once, counting bytes and discarding them, so that a workbook too big to hold in
 * memory is refused before POI loads it. Damaged zips are left for POI to report.
 */
final class UnpackedSize {
    private UnpackedSize() { }

    static void check(byte[] xlsx, ImportLimits limits) throws ImportException {
        long total = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                total += drain(zip, buffer, limits.maxUnpackedBytes() - total);
                if (total > limits.maxUnpackedBytes()) {
                    throw new ImportException(String.format(Locale.ROOT,
                            "The workbook unpacks to more than %,d MiB (at %s), the most one program may hold;"
                                    + " split it into smaller files.",
                            limits.maxUnpackedBytes() / (1024 * 1024), entry.getName()));
                }
            }
        } catch (IOException | RuntimeException e) {
            // a damaged zip: POI gives the better message
        }
    }

    /** Bytes in the current entry, reading at most {@code budget + 1}. */
    private static long drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long n = 0;
        for (int read; n <= budget && (read = in.read(buffer)) > 0; ) n += read;
        return n;
    }
}
