package com.programaudit.importer.grid.xls;

import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.programaudit.importer.grid.CellText;
import org.junit.jupiter.api.Test;

class ThreadsCellTextTest {
    /** A thread keeps its .xls cell-text reader from file to file, and starts a new one after a bounded number. */
    @Test
    void aThreadsReaderIsKeptForABoundedNumberOfFiles() {
        XlsGridReader.ThreadsCellText held = new XlsGridReader.ThreadsCellText();
        CellText first = held.forNextFile();
        for (int file = 2; file <= XlsGridReader.FILES_PER_CELL_TEXT; file++) assertSame(first, held.forNextFile(), "file " + file);
        CellText next = held.forNextFile();
        assertNotSame(first, next);
        assertSame(next, held.forNextFile());
    }
}
