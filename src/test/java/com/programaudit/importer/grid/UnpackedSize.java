package com.programaudit.importer.grid;

import com.programaudit.importer.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;

/**
 * The reference reader's size check (StreamingReaderTest): inflates an .xlsx once, counting bytes and
 * discarding them, so that a workbook too big to hold in
 * memory, or of more sheets than are read, is refused before POI loads it. Damaged zips are left for
 * POI to report.
 */
public final class UnpackedSize {
    private static final Pattern SHEET_PART = Pattern.compile("xl/worksheets/sheet(\\d+)\\.xml");
    /** A worksheet's or chart sheet's part, whatever the writer named it. */
    private static final Pattern ANY_SHEET_PART = Pattern.compile("xl/(?:work|chart)sheets/[^/]+\\.xml");

    private UnpackedSize() { }

    public static void check(byte[] xlsx, ImportLimits limits) throws ImportException {
        long total = 0;
        int sheets = 0;
        byte[] buffer = new byte[64 * 1024];
        // POI's zip reader: java.util.zip refuses the entry sizes some writers (POI's own SXSSF) leave
        try (ZipArchiveInputStream zip = new ZipArchiveInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipArchiveEntry entry; (entry = zip.getNextEntry()) != null; ) {
                // counted here because POI refuses a package of more than 1,000 parts as "malicious"
                if (ANY_SHEET_PART.matcher(entry.getName()).matches()) sheets++;
                total += drain(zip, buffer, limits.maxUnpackedBytes() - total);
                if (total > limits.maxUnpackedBytes()) {
                    throw new ImportException(String.format(Locale.ROOT,
                            "The workbook unpacks to more than %,d MiB (%s), the most one program may hold;"
                                    + " split it into smaller files.",
                            limits.maxUnpackedBytes() / (1024 * 1024), part(entry.getName())));
                }
            }
            new GridBounds(limits).checkSheets(sheets);
        } catch (IOException | RuntimeException e) {
            // a damaged zip: POI gives the better message
        }
    }

    /** The part of the workbook in a coach's words: "sheet 1" rather than xl/worksheets/sheet1.xml. */
    private static String part(String entry) {
        Matcher sheet = SHEET_PART.matcher(entry);
        return sheet.matches() ? "sheet " + sheet.group(1) + " alone is bigger" : "at " + entry;
    }

    /** Bytes in the current entry, reading at most {@code budget + 1}. */
    private static long drain(InputStream in, byte[] buffer, long budget) throws IOException {
        long n = 0;
        for (int read; n <= budget && (read = in.read(buffer)) > 0; ) n += read;
        return n;
    }
}
