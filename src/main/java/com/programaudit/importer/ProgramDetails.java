package com.programaudit.importer;

import com.programaudit.model.Level;
import java.util.List;

/** Program details the coach wrote in a details sheet or above the table. */
record ProgramDetails(String name, String athlete, String coach, Level level, Boolean trainsAlone,
                      List<BlockSpec> blocks) {
    static final ProgramDetails NONE = new ProgramDetails(null, null, null, Level.UNKNOWN, null, List.of());

    ProgramDetails withBlocks(List<BlockSpec> newBlocks) {
        return new ProgramDetails(name, athlete, coach, level, trainsAlone, newBlocks);
    }
}
