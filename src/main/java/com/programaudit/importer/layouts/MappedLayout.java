package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.Grid;
import java.util.List;
import java.util.Optional;

/** A business template whose headers a mapping file of rules/layouts/ describes. */
public final class MappedLayout implements Layout {

    @Override public String name() { return "mapped"; }

    /**
     * Above the log table's: a mapping written for a template says what its columns hold better than
     * the general header words, which may now name some of them too (German, Spanish … headers).
     */
    @Override public double prior() { return 3.1; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        Optional<TableHeader> header = MappedHeader.find(grid, context.mappings());
        if (header.isEmpty()) return Optional.empty();
        LayoutReading reading = LogTableLayout.read(grid, List.of(header.get()));
        return reading.rows().isEmpty() ? Optional.empty() : Optional.of(reading);
    }
}
