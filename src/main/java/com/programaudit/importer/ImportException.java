package com.programaudit.importer;

/** An input that cannot be read, with the sheet and cell where the problem is when known. */
public class ImportException extends Exception {
    private final String sheet;
    private final String cell;

    public ImportException(String message, String sheet, String cell) {
        super(message);
        this.sheet = sheet;
        this.cell = cell;
    }

    public ImportException(String message) { this(message, null, null); }

    public String getSheet() { return sheet; }
    public String getCell() { return cell; }
}
