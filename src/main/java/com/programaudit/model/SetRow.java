package com.programaudit.model;

import java.util.Map;

/**
 * One spreadsheet row of an exercise entry and how many working sets it holds, so a fix rewrites
 * the row a set was written on ("2/1/0" in a three-set row, "0" in a one-set row).
 */
public record SetRow(Map<Field, SourceCell> cells, int workingSets) {
    public SetRow {
        cells = Map.copyOf(cells);
    }
}
