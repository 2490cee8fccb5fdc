package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import java.util.List;
import java.util.Optional;

/** Week column groups side by side under a merged "Week 1" label or headers such as "W1 Sets". */
public final class WeeksAcrossLayout implements Layout {

    @Override public String name() { return "weeks-across"; }

    @Override public double prior() { return 3.0; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        List<RawEntry> rows = WeeksAcrossReader.read(grid);
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new LayoutReading(null, rows, DetailsReader.read(grid, null, 0),
                LayoutDetector.sheetsOf(rows), "week column groups"));
    }
}
