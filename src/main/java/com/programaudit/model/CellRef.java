package com.programaudit.model;

import java.util.Objects;

/** Where a value came from in the coach's workbook: sheet name and A1-style cell. */
public final class CellRef {
    private final String sheet;
    private final String cell;

    public CellRef(String sheet, String cell) {
        this.sheet = sheet;
        this.cell = cell;
    }

    /** A1 address of a zero-based row and column. */
    public static CellRef of(String sheet, int row, int column) {
        return new CellRef(sheet, columnLetters(column) + (row + 1));
    }

    /** Letters of the first columns, made once: a reader makes a reference for every cell it reads. */
    private static final String[] FIRST_COLUMNS = new String[256];

    static {
        for (int c = 0; c < FIRST_COLUMNS.length; c++) FIRST_COLUMNS[c] = lettersOf(c);
    }

    public static String columnLetters(int column) {
        return column >= 0 && column < FIRST_COLUMNS.length ? FIRST_COLUMNS[column] : lettersOf(column);
    }

    private static String lettersOf(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c >= 0; c = c / 26 - 1) {
            letters.insert(0, (char) ('A' + c % 26));
        }
        return letters.toString();
    }

    public String getSheet() { return sheet; }
    public String getCell() { return cell; }

    @Override public boolean equals(Object o) {
        return o instanceof CellRef other && Objects.equals(sheet, other.sheet) && Objects.equals(cell, other.cell);
    }
    @Override public int hashCode() { return Objects.hash(sheet, cell); }
    @Override public String toString() { return sheet + "!" + cell; }
}
