package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.EnumMap;
import java.util.Map;

/** One planned set as its own row (set number, reps, load), grouped back into its entry by the assembler. */
final class SetRowEntry {
    private SetRowEntry() { }

    static RawEntry of(SourceCell week, SourceCell day, SourceCell exercise, int number, SourceCell reps,
                       SourceCell load, boolean deloadSheet) {
        Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
        cells.put(Field.SET_NUMBER, new SourceCell(reps.getRef(), String.valueOf(number)));
        cells.put(Field.REPS, reps);
        if (load != null) cells.put(Field.LOAD, load);
        return new RawEntry("", null, week, day, exercise, cells, deloadSheet);
    }
}
