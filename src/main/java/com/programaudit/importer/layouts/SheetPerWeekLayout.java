package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import java.util.List;
import java.util.Optional;

/** A sheet per week ("Week 1", "W2"), or one sheet split by "Week 1" title rows. */
public final class SheetPerWeekLayout implements Layout {

    @Override public String name() { return "sheet-per-week"; }

    @Override public double prior() { return 3.0; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        if (!SheetPerWeekReader.fits(grid)) return Optional.empty();
        List<RawEntry> rows = SheetPerWeekReader.read(grid);
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new LayoutReading(null, rows, DetailsReader.read(grid, null, 0),
                LayoutDetector.sheetsOf(rows), "week sheets or week title rows"));
    }
}
