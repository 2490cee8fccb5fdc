package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Column;
import com.programaudit.importer.words.HeaderWords;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The header of one exercise card's set table: {@code SET | WEIGHT | REPS …} starting at a SET cell,
 * the columns that follow it without a gap (at most {@link #MAX_WIDTH}).
 */
record CardHeader(int row, int first, int last, Map<Column, Integer> columns) {
    private static final int MAX_WIDTH = 8;

    int column(Column column) { return columns.getOrDefault(column, -1); }

    boolean covers(int column) { return column >= first && column <= last; }

    /** A card header whose SET cell is at (row, column): a Reps column must follow it. */
    static Optional<CardHeader> at(GridSheet sheet, int row, int column) {
        if (HeaderWords.columnOf(sheet.text(row, column)).orElse(null) != Column.SET) return Optional.empty();
        // an Exercise header to the left makes the row a log table's header (one row per set), not a card's
        for (int c = 0; c < column; c++) {
            if (HeaderWords.columnOf(sheet.text(row, c)).orElse(null) == Column.EXERCISE) return Optional.empty();
        }
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        int last = column;
        for (int c = column + 1; c < Math.min(sheet.width(row), column + MAX_WIDTH); c++) {
            String text = sheet.text(row, c);
            if (text.isEmpty()) break;
            last = c;
            int at = c;
            HeaderWords.columnOf(text).ifPresent(col -> columns.putIfAbsent(col, at));
        }
        if (!columns.containsKey(Column.REPS)) return Optional.empty();
        columns.put(Column.SET, column);
        return Optional.of(new CardHeader(row, column, last, columns));
    }
}
