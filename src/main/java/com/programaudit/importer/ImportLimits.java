package com.programaudit.importer;

/**
 * Bounds that keep a huge or hostile file from exhausting memory. An .xlsx is streamed, so what a
 * workbook costs is its unpacked parts (POI holds them as bytes while the package is open) and the
 * text of its cells: {@code maxUnpackedBytes} and {@code maxCells} bound those, and fit a 1 GiB heap
 * with room for the audit. Rows are bounded only by Excel's own sheet size; zip bombs are refused
 * by POI's inflate-ratio check and by {@code maxUnpackedBytes} before anything is parsed.
 */
public record ImportLimits(long maxFileBytes, int maxRowsPerSheet, long maxCells, int maxSheets, long maxUnpackedBytes) {
    /** Excel's rows per sheet. */
    public static final int EXCEL_ROWS = 1_048_576;

    public static final ImportLimits DEFAULT =
            new ImportLimits(50L * 1024 * 1024, EXCEL_ROWS, 5_000_000, 200, 256L * 1024 * 1024);
}
