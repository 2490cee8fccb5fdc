package com.programaudit.importer;

/**
 * Bounds that keep a huge or hostile file from exhausting memory. {@code maxUnpackedBytes} caps what
 * an .xlsx may inflate to before POI loads it whole: POI holds the sheet XML as objects taking about ten
 * times its size, and a 90 MB sheet already exhausts a 1 GiB heap. Real programs unpack to well under 1 MB.
 */
public record ImportLimits(long maxFileBytes, int maxRowsPerSheet, long maxCells, int maxSheets, long maxUnpackedBytes) {
    public static final ImportLimits DEFAULT =
            new ImportLimits(50L * 1024 * 1024, 50_000, 2_000_000, 200, 40L * 1024 * 1024);
}
