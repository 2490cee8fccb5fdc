package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import java.util.List;
import java.util.Optional;

/**
 * A weekly log with the weeks across: a "WEEK OF" header followed by dates, an exercise per row and
 * cells such as {@code 2x8@95, 3x3@135} (sets x reps @ load) under each date.
 */
public final class DatedWeeksAcrossLayout implements Layout {

    @Override public String name() { return "dated-weeks-across"; }

    @Override public double prior() { return 3.0; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        List<RawEntry> rows = DatedWeeksAcrossReader.read(grid);
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new LayoutReading(null, rows, DetailsReader.read(grid, null, 0), LayoutDetector.sheetsOf(rows),
                "a 'Week of' header row with dates across, sets x reps @ load under each date"));
    }
}
