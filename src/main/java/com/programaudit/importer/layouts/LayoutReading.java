package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.ProgramDetails;
import com.programaudit.importer.assembly.RawEntry;
import java.util.List;

/**
 * What one layout read from a grid: the rows it found, the program details around them, the
 * sheets it took and why, ready for the assembler. {@code layout} is filled in by the detector.
 */
public record LayoutReading(String layout, List<RawEntry> rows, ProgramDetails details, List<String> sheets,
                            String why) {
    public LayoutReading {
        rows = List.copyOf(rows);
        sheets = List.copyOf(sheets);
    }

    public LayoutReading named(String layoutName) {
        return new LayoutReading(layoutName, rows, details, sheets, why);
    }
}
