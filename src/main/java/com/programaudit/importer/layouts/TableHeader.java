package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A header row found in a sheet, and which column holds which field. */
public record TableHeader(GridSheet sheet, int row, Map<Column, Integer> columns) {
    private static final Set<Column> PRESCRIPTION = EnumSet.of(Column.SETS, Column.REPS, Column.SETS_X_REPS,
            Column.LOAD, Column.RIR, Column.RPE, Column.TECHNIQUE, Column.NOTES, Column.SET);
    private static final int SCAN_ROWS = 60;

    public boolean has(Column column) { return columns.containsKey(column); }

    /* A record's equals and hashCode written out, as in SetRow: layouts keep headers in hash maps. */
    @Override
    public boolean equals(Object other) {
        return other == this || other instanceof TableHeader header && row == header.row
                && java.util.Objects.equals(sheet, header.sheet) && java.util.Objects.equals(columns, header.columns);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * java.util.Objects.hashCode(sheet) + Integer.hashCode(row)) + java.util.Objects.hashCode(columns);
    }

    public int column(Column column) { return columns.getOrDefault(column, -1); }

    /** The first row, near the top, that names an exercise column and at least one prescription column. */
    public static Optional<TableHeader> find(GridSheet sheet, int fromRow) {
        for (int r = fromRow; r < Math.min(sheet.rowCount(), fromRow + SCAN_ROWS); r++) {
            Optional<TableHeader> header = at(sheet, r);
            if (header.isPresent()) return header;
        }
        return Optional.empty();
    }

    private static final java.util.regex.Pattern WEEK_HEADER = java.util.regex.Pattern.compile("(?i)^\\s*(?:week|wk|w)\\s*\\.?\\s*\\d+\\b.*");

    /** Headers such as "Week 1", "Week 2": weeks across, one prescription cell per week. */
    private static long weekColumns(GridSheet sheet, int r) {
        long n = 0;
        for (int c = 0; c < sheet.width(r); c++) if (WEEK_HEADER.matcher(sheet.text(r, c)).matches()) n++;
        return n;
    }

    /** The header at row {@code r}, if it is one; each sheet keeps its answers (several layouts ask). */
    public static Optional<TableHeader> at(GridSheet sheet, int r) {
        return sheet.answer(HEADER_AT, r);
    }

    private static final GridSheet.RowQuestion<Optional<TableHeader>> HEADER_AT = TableHeader::readAt;

    private static Optional<TableHeader> readAt(GridSheet sheet, int r) {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        List<Integer> exerciseColumns = new ArrayList<>();
        for (int c = 0; c < sheet.width(r); c++) {
            String text = sheet.text(r, c);
            if (text.length() > 40) continue;
            // no lambda here: this runs for every cell of every row a header is looked for
            Column named = HeaderWords.columnOf(text).orElse(null);
            if (named != null) columns.putIfAbsent(named, c);
            if (named == Column.EXERCISE) exerciseColumns.add(c);
        }
        // most rows a reader asks about are data rows, with no exercise heading: the rest cannot make them a header
        if (!columns.containsKey(Column.EXERCISE)) return Optional.empty();
        if (exerciseColumns.size() > 1) columns.put(Column.EXERCISE, ExerciseNameColumn.choose(sheet, r, exerciseColumns));
        if (columns.containsKey(Column.SETS) && columns.containsKey(Column.REPS) && columns.containsKey(Column.SETS_X_REPS)
                && onlyNumbers(sheet, r, columns.get(Column.SETS_X_REPS))) {
            columns.remove(Column.SETS_X_REPS); // "Volume" beside Sets and Reps: the tonnage they make, not a prescription
        }
        boolean prescription = namesPrescription(columns.keySet()) || weekColumns(sheet, r) >= 2;
        return prescription ? Optional.of(new TableHeader(sheet, r, columns)) : Optional.empty();
    }

    private static boolean namesPrescription(Set<Column> named) {
        for (Column column : named) {
            if (PRESCRIPTION.contains(column)) return true;
        }
        return false;
    }

    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+(?:[.,]\\d+)?");

    /** Whether every filled cell under the header (first rows) is a plain number. */
    private static boolean onlyNumbers(GridSheet sheet, int headerRow, int column) {
        boolean any = false;
        for (int r = headerRow + 1; r < Math.min(sheet.rowCount(), headerRow + 1 + SCAN_ROWS); r++) {
            String text = sheet.text(r, column);
            if (text.isEmpty()) continue;
            if (!NUMBER.matcher(text).matches()) return false;
            any = true;
        }
        return any;
    }
}
