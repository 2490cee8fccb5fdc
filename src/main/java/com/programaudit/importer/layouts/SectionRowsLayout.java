package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Programs written as section rows (week, session and lift title rows, then sets), as calculators
 * and generators (5/3/1, nSuns, Sheiko) lay them out. A calculator workbook keeps its program on one
 * or two sheets among 1RM inputs and instructions: sheets with no lift rows are skipped and named in
 * the reading's {@code why}; a sheet with a table header row is left to the table layouts.
 */
public final class SectionRowsLayout implements Layout {
    /** Fewer lift rows than this on a sheet is an input or instruction sheet, not a program. */
    private static final int FEWEST_ENTRIES = 2;
    /** Only the top of a sheet is searched for a table header: section-row programs have none. */
    private static final int HEADER_SEARCH_ROWS = 40;

    @Override public String name() { return "section-rows"; }

    /**
     * Guessed from title words and cell shapes, not headers: below the tidy layouts. Lower still
     * because its rows are one per set (several per entry), which the detector's row count rewards.
     */
    @Override public double prior() { return 0.5; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        List<RawEntry> rows = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            if (sheet.rowCount() == 0) continue;
            if (hasTableHeader(sheet)) {
                skipped.add(sheet.name() + " (a table with a header row)");
                continue;
            }
            List<RawEntry> sheetRows = SectionRowsReader.read(sheet);
            long lifts = sheetRows.stream().map(r -> r.exercise().getRef()).distinct().count();
            if (lifts < FEWEST_ENTRIES) {
                skipped.add(sheet.name() + " (no titled lift rows: inputs or instructions)");
                continue;
            }
            rows.addAll(sheetRows);
        }
        if (rows.isEmpty()) return Optional.empty();
        String why = "section rows: week and session title rows, then lift rows with their sets"
                + (skipped.isEmpty() ? "" : "; skipped " + String.join(", ", skipped));
        return Optional.of(new LayoutReading(null, rows, DetailsReader.read(grid, null, 0),
                LayoutDetector.sheetsOf(rows), why));
    }

    private static boolean hasTableHeader(GridSheet sheet) {
        for (int r = 0; r < Math.min(sheet.rowCount(), HEADER_SEARCH_ROWS); r++) {
            if (TableHeader.at(sheet, r).isPresent()) return true;
        }
        return false;
    }
}
