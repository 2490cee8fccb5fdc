package com.programaudit.model;

import java.util.Objects;

/** Where a value came from in the coach's workbook: sheet name and A1-style cell. */
public final class CellRef {
    private final String sheet;
    /** The A1 address as given; null for a reference made from a row and column. */
    private final String cell;
    private final boolean positional;
    private final int row;
    private final int column;
    /** A positional reference's A1 address, written out when first asked for. */
    private String address;

    public CellRef(String sheet, String cell) {
        this(sheet, cell, false, -1, -1);
    }

    private CellRef(String sheet, String cell, boolean positional, int row, int column) {
        this.sheet = sheet;
        this.cell = cell;
        this.positional = positional;
        this.row = row;
        this.column = column;
    }

    /**
     * A1 address of a zero-based row and column. Readers make one for every cell they look at and most are
     * never shown, so the address is written out only when asked for.
     */
    public static CellRef of(String sheet, int row, int column) {
        return new CellRef(sheet, null, true, row, column);
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
    public String getCell() {
        if (!positional) return cell;
        String a1 = address;
        if (a1 == null) {
            // racing threads write equal immutable strings, as String.hashCode caches its hash
            a1 = columnLetters(column) + (row + 1);
            address = a1;
        }
        return a1;
    }

    @Override public boolean equals(Object o) {
        return o instanceof CellRef other && Objects.equals(sheet, other.sheet) && Objects.equals(getCell(), other.getCell());
    }
    @Override public int hashCode() { return Objects.hash(sheet, getCell()); }
    @Override public String toString() { return sheet + "!" + getCell(); }
}
