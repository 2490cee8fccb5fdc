package com.programaudit.importer.grid;

import com.programaudit.importer.*;

import org.apache.poi.ss.usermodel.Cell;

/**
 * A workbook cell's text exactly as the importer reads it (formatted value, cached formula result), so
 * a writer can check that a cell still holds what the audit saw. Not thread-safe: one per writer.
 */
public final class CellText {
    private final WorkbookGridReader reader = new WorkbookGridReader(ImportLimits.DEFAULT);

    public String of(Cell cell) { return reader.text(cell).strip(); }
}
