package com.programaudit.importer.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** An effort cell written in the other column's unit is read in that unit; one naming both is not understood. */
class EffortUnitsTest {
    @Test
    void anRpeWrittenInARirColumnIsReadAsRpeAndTheOtherWayRound() {
        assertEquals(Effort.ofRpe(8), ValueParser.rir("RPE 8"));
        assertEquals(Effort.ofRir(2), ValueParser.rpe("2 RIR"));
    }

    /** These once sent rir() and rpe() to each other until the stack overflowed, failing the whole file. */
    @Test
    void aCellNamingBothUnitsIsNotUnderstoodRatherThanLoopingForever() {
        assertNull(ValueParser.rir("rpe 8 rir 2"));
        assertNull(ValueParser.rpe("2 rir @ rpe 8"));
    }

    @Test
    void theSameTextReadsTheSameEveryTime() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Effort.atFailure(), ValueParser.reps("AMRAP"));
            assertEquals(Effort.NONE, ValueParser.reps("8-10"));
            assertNull(ValueParser.reps("heavy"));
        }
    }
}
