package com.programaudit.importer.grid;

import com.programaudit.importer.ReadDeadline;
import com.programaudit.model.CellRef;
import java.util.List;

/**
 * One sheet as plain text cells (formulas as their cached values, merged regions filled), and the
 * cell comments (notes) the coach left on it.
 */
public final class GridSheet {
    private final String name;
    private final List<List<String>> rows;
    private final ReadDeadline deadline;
    private final List<Comment> comments;

    /** A cell comment's text at a zero-based row and column. */
    public record Comment(int row, int column, String text) { }

    public GridSheet(String name, List<List<String>> rows) { this(name, rows, List.of(), ReadDeadline.none()); }


    /** {@code deadline}: every cell read counts towards it, so a layout reader's loops stop when the file's time is spent. */
    public GridSheet(String name, List<List<String>> rows, List<Comment> comments, ReadDeadline deadline) {
        this.name = name;
        this.rows = rows;
        this.comments = List.copyOf(comments);
        this.deadline = deadline;
    }

    public List<Comment> comments() { return comments; }

    /** This sheet with other text in some cells ({@code row -> column -> text}) and without comments. */
    public GridSheet withCells(java.util.Map<Integer, java.util.Map<Integer, String>> replaced) {
        List<List<String>> copy = new java.util.ArrayList<>(rows);
        replaced.forEach((row, cells) -> {
            List<String> line = new java.util.ArrayList<>(copy.get(row));
            cells.forEach(line::set);
            copy.set(row, line);
        });
        return new GridSheet(name, copy, List.of(), deadline);
    }

    public String name() { return name; }
    public int rowCount() { return rows.size(); }
    public int width(int row) { return rows.get(row).size(); }

    /** Trimmed text of a cell; "" when empty or outside the sheet. */
    public String text(int row, int column) {
        deadline.tick();
        if (row < 0 || row >= rows.size()) return "";
        List<String> cells = rows.get(row);
        if (column < 0 || column >= cells.size()) return "";
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }

    public boolean isBlankRow(int row) {
        for (int c = 0; c < width(row); c++) {
            if (!text(row, c).isEmpty()) return false;
        }
        return true;
    }

    /** Number of non-blank cells in a row. */
    public int filledCells(int row) {
        int n = 0;
        for (int c = 0; c < width(row); c++) {
            if (!text(row, c).isEmpty()) n++;
        }
        return n;
    }

    public CellRef ref(int row, int column) { return CellRef.of(name, row, column); }
}
