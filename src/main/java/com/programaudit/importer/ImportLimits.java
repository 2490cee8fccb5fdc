package com.programaudit.importer;

/**
 * Bounds that keep a huge or hostile file from exhausting memory. {@code maxUnpackedBytes} caps what
 * an .xlsx may inflate to before POI loads it whole (its XML is held in memory).
 */
public record ImportLimits(long maxFileBytes, int maxRowsPerSheet, long maxCells, int maxSheets, long maxUnpackedBytes) {
    public static final ImportLimits DEFAULT =
            new ImportLimits(50L * 1024 * 1024, 50_000, 2_000_000, 200, 400L * 1024 * 1024);
}
