package com.programaudit.model;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * One spreadsheet row of an exercise entry and how many working sets it holds, so a fix rewrites
 * the row a set was written on ("2/1/0" in a three-set row, "0" in a one-set row).
 */
public record SetRow(Map<Field, SourceCell> cells, int workingSets) {
    /** The cells copied into an EnumMap, unmodifiable: a row of every program is copied, then looked up by field. */
    public SetRow {
        EnumMap<Field, SourceCell> copy = new EnumMap<>(Field.class);
        for (Map.Entry<Field, SourceCell> cell : cells.entrySet()) {
            copy.put(Objects.requireNonNull(cell.getKey()), Objects.requireNonNull(cell.getValue()));
        }
        cells = Collections.unmodifiableMap(copy);
    }

    /*
     * equals and hashCode as a record's own (the same components, the same hash formula), written out: the record's
     * are method-handle chains linked at first use, which the audit JVM's C1 runs slowly, and a fix hashes rows.
     */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof SetRow row && workingSets == row.workingSets && cells.equals(row.cells);
    }

    @Override
    public int hashCode() {
        return 31 * cells.hashCode() + Integer.hashCode(workingSets);
    }
}
