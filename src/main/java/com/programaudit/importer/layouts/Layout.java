package com.programaudit.importer.layouts;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.grid.Grid;
import java.util.Optional;

/**
 * One way a coach lays a program out. A layout reads the whole grid the way it understands it and
 * says which sheets it took; the {@link LayoutDetector} scores every layout's reading on the same
 * scale (what was found, not how) and keeps the best one.
 */
public interface Layout {

    /** The name a report shows in {@code program.read.layout}, e.g. {@code log-table}. */
    String name();

    /**
     * How much a reading of this layout is trusted before its content is looked at: tidy layouts
     * found by their headers are surer than readers that guess from exercise names.
     */
    double prior();

    /** This layout's reading of the grid, or empty when the grid is not laid out this way. */
    Optional<LayoutReading> read(Grid grid, LayoutContext context) throws ImportException;
}
