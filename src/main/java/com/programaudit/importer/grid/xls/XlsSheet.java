package com.programaudit.importer.grid.xls;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One worksheet's cells as its records give them: each row as long as its last cell (POI's last cell
 * number), rows up to the last row record or cell, a later cell record replacing an earlier one.
 */
final class XlsSheet {
    private final List<List<String>> rows = new ArrayList<>();
    private final List<CellRangeAddress> merged = new ArrayList<>();
    private int lastRow = -1;

    /** A row record: the row exists, with or without cells. */
    void row(int row) {
        lastRow = Math.max(lastRow, row);
    }

    void cell(int row, int column, String text) {
        row(row);
        while (rows.size() <= row) rows.add(null);
        List<String> cells = rows.get(row);
        if (cells == null) rows.set(row, cells = new ArrayList<>());
        while (cells.size() <= column) cells.add("");
        cells.set(column, text);
    }

    void merged(CellRangeAddress region) { merged.add(region); }

    List<CellRangeAddress> mergedRegions() { return merged; }

    /** How many rows the sheet has: the last row's index plus one. */
    int rowCount() { return lastRow + 1; }

    /** The row's cells, "" for those without a record; empty when it has none. */
    List<String> cells(int row) {
        List<String> cells = row < rows.size() ? rows.get(row) : null;
        return cells == null ? new ArrayList<>() : cells;
    }
}
