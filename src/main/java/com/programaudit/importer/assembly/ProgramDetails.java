package com.programaudit.importer.assembly;

import com.programaudit.model.Level;
import com.programaudit.model.Setting;
import java.util.List;

/** Program details the coach wrote in a details sheet or above the table, and any other label/value cells. */
public record ProgramDetails(String name, String athlete, String coach, Level level, Boolean trainsAlone,
                      List<BlockSpec> blocks, List<Setting> settings) {
    public static final ProgramDetails NONE = new ProgramDetails(null, null, null, Level.UNKNOWN, null, List.of(), List.of());

    public ProgramDetails withBlocks(List<BlockSpec> newBlocks) {
        return new ProgramDetails(name, athlete, coach, level, trainsAlone, newBlocks, settings);
    }
}
