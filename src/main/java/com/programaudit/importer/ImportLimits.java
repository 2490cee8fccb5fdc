package com.programaudit.importer;

/** Bounds that keep a huge or hostile file from exhausting memory. */
public record ImportLimits(long maxFileBytes, int maxRowsPerSheet, long maxCells, int maxSheets) {
    public static final ImportLimits DEFAULT = new ImportLimits(50L * 1024 * 1024, 50_000, 2_000_000, 200);
}
