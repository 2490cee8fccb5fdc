package com.programaudit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

/** A reference made from a row and column writes its address only when asked, and is the same reference as the written one. */
class CellRefTest {
    @Test
    void aReferenceFromRowAndColumnIsTheReferenceWrittenAsA1() {
        CellRef fromPosition = CellRef.of("Week 1", 6, 1);
        CellRef written = new CellRef("Week 1", "B7");
        assertEquals(written, fromPosition);
        assertEquals(fromPosition, written);
        assertEquals(written.hashCode(), fromPosition.hashCode());
        assertEquals("B7", fromPosition.getCell());
        assertEquals("Week 1!B7", fromPosition.toString());
        assertNotEquals(new CellRef("Week 1", "B8"), fromPosition);
        assertNotEquals(CellRef.of("Week 2", 6, 1), fromPosition);
    }

    @Test
    void columnsPastTheFirstLettersAndPastTheMadeOnesAreSpelledOut() {
        assertEquals("Z1", CellRef.of("S", 0, 25).getCell());
        assertEquals("AA2", CellRef.of("S", 1, 26).getCell());
        assertEquals("IV3", CellRef.of("S", 2, 255).getCell());
        assertEquals("IW3", CellRef.of("S", 2, 256).getCell());
        assertEquals("XFD1048576", CellRef.of("S", 1_048_575, 16_383).getCell());
    }
}
