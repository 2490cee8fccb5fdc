package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import java.util.List;
import java.util.Optional;

/**
 * Exercise cards on week sheets: an exercise title, then a small SET | WEIGHT | REPS table with a
 * row per set, repeated down the sheet under day titles (coach client workbooks, app templates).
 */
public final class ExerciseCardsLayout implements Layout {

    @Override public String name() { return "exercise-cards"; }

    /** Found by their headers like a log table, but a log table that also fits wins a tie. */
    @Override public double prior() { return 2.5; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        List<RawEntry> rows = ExerciseCardsReader.read(grid);
        if (rows.isEmpty()) return Optional.empty();
        List<String> sheets = LayoutDetector.sheetsOf(rows);
        return Optional.of(new LayoutReading(null, rows, DetailsReader.read(grid, null, 0), sheets,
                "exercise cards (a title, then SET / WEIGHT / REPS rows) on " + sheets.size() + " sheet(s)"));
    }
}
