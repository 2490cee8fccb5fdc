package com.programaudit.importer.assembly;

import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.Map;

/**
 * One exercise row (or one set row) as a layout reader found it, before weeks, sessions and sets
 * are worked out. Every layout produces these, so the rest of the import is shared.
 */
public record RawEntry(String program, SourceCell block, SourceCell week, SourceCell day, SourceCell exercise,
                Map<Field, SourceCell> cells, boolean deloadSheet) {

    public String text(Field field) {
        SourceCell cell = cells.get(field);
        return cell == null ? "" : cell.getText();
    }
}
