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
    /** Each row's cells trimmed, "" for an empty one: layouts ask for the same cells many times. */
    private final String[][] rows;
    private final ReadDeadline deadline;
    private final List<Comment> comments;
    /** Answers about rows, per question (see {@link #answer}); made when first asked. */
    private java.util.Map<RowQuestion<?>, Object[]> answers;

    /**
     * A question a reader asks about a row whose answer depends on the sheet (and the words installed while the
     * file is read, as a header's do): never null.
     */
    @FunctionalInterface
    public interface RowQuestion<T> {
        T ask(GridSheet sheet, int row);
    }

    /** A cell comment's text at a zero-based row and column. */
    public record Comment(int row, int column, String text) { }

    public GridSheet(String name, List<List<String>> rows) { this(name, rows, List.of(), ReadDeadline.none()); }

    /** {@code deadline}: every cell read counts towards it, so a layout reader's loops stop when the file's time is spent. */
    public GridSheet(String name, List<List<String>> rows, List<Comment> comments, ReadDeadline deadline) {
        this(name, trimmed(rows), List.copyOf(comments), deadline);
    }

    private GridSheet(String name, String[][] trimmedRows, List<Comment> comments, ReadDeadline deadline) {
        this.name = name;
        this.rows = trimmedRows;
        this.comments = comments;
        this.deadline = deadline;
    }

    private static String[][] trimmed(List<List<String>> rows) {
        String[][] trimmed = new String[rows.size()][];
        for (int r = 0; r < trimmed.length; r++) {
            List<String> cells = rows.get(r);
            String[] row = new String[cells.size()];
            for (int c = 0; c < row.length; c++) row[c] = trimmed(cells.get(c));
            trimmed[r] = row;
        }
        return trimmed;
    }

    private static String trimmed(String value) { return value == null ? "" : value.strip(); }

    public List<Comment> comments() { return comments; }

    /** This sheet with other text in some cells ({@code row -> column -> text}) and without comments. */
    public GridSheet withCells(java.util.Map<Integer, java.util.Map<Integer, String>> replaced) {
        // the other rows are shared: only the changed rows are copied, and only their new texts trimmed
        String[][] copy = rows.clone();
        replaced.forEach((row, cells) -> {
            String[] line = copy[row].clone();
            cells.forEach((column, text) -> line[column] = trimmed(text));
            copy[row] = line;
        });
        return new GridSheet(name, copy, List.of(), deadline);
    }

    public String name() { return name; }
    public int rowCount() { return rows.length; }
    public int width(int row) { return rows[row].length; }

    /** Trimmed text of a cell; "" when empty or outside the sheet. */
    public String text(int row, int column) {
        deadline.tick();
        if (row < 0 || row >= rows.length) return "";
        String[] cells = rows[row];
        return column < 0 || column >= cells.length ? "" : cells[column];
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

    /**
     * The answer to a question about a row, asked once per sheet: the layouts try their readings one after
     * another and each looks for header rows in the same rows. A sheet is read by one thread at a time.
     */
    @SuppressWarnings("unchecked")
    public <T> T answer(RowQuestion<T> question, int row) {
        if (row < 0 || row >= rows.length) return question.ask(this, row);
        if (answers == null) answers = new java.util.IdentityHashMap<>(4);
        Object[] known = answers.get(question);
        if (known == null) {
            known = new Object[rows.length];
            answers.put(question, known);
        }
        Object answer = known[row];
        if (answer == null) {
            answer = java.util.Objects.requireNonNull(question.ask(this, row));
            known[row] = answer;
        }
        return (T) answer;
    }

    public CellRef ref(int row, int column) { return CellRef.of(name, row, column); }
}
