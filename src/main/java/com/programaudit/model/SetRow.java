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
}
