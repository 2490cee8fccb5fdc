package com.programaudit.importer.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class GridSheetTest {
    private static GridSheet sheet() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(Arrays.asList(" Exercise ", null, "Reps\t"));
        rows.add(Arrays.asList("Squat", "", " 5 "));
        return new GridSheet("Plan", rows);
    }

    @Test
    void cellsReadTrimmedAndEmptyOutsideTheSheet() {
        GridSheet sheet = sheet();
        assertEquals("Exercise", sheet.text(0, 0));
        assertEquals("", sheet.text(0, 1));
        assertEquals("Reps", sheet.text(0, 2));
        assertEquals("5", sheet.text(1, 2));
        assertEquals("", sheet.text(1, 3));
        assertEquals("", sheet.text(2, 0));
        assertEquals("", sheet.text(-1, 0));
        assertEquals(3, sheet.width(0));
        assertEquals(2, sheet.filledCells(0));
    }

    @Test
    void aRowQuestionIsAskedOncePerRow() {
        GridSheet sheet = sheet();
        AtomicInteger asked = new AtomicInteger();
        GridSheet.RowQuestion<String> firstCell = (s, row) -> {
            asked.incrementAndGet();
            return s.text(row, 0);
        };
        assertEquals("Exercise", sheet.answer(firstCell, 0));
        assertEquals("Exercise", sheet.answer(firstCell, 0));
        assertEquals("Squat", sheet.answer(firstCell, 1));
        assertEquals(2, asked.get());
        // rows outside the sheet are not kept
        assertEquals("", sheet.answer(firstCell, 5));
        assertEquals("", sheet.answer(firstCell, 5));
        assertEquals(4, asked.get());
    }

    @Test
    void aCopyWithOtherCellsAsksAfresh() {
        GridSheet sheet = sheet();
        GridSheet.RowQuestion<String> firstCell = (s, row) -> s.text(row, 0);
        assertEquals("Squat", sheet.answer(firstCell, 1));
        GridSheet changed = sheet.withCells(Map.of(1, Map.of(0, " Bench ")));
        assertEquals("Bench", changed.answer(firstCell, 1));
        assertEquals("Squat", sheet.answer(firstCell, 1));
    }
}
