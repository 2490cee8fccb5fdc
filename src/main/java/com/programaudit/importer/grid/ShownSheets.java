package com.programaudit.importer.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Which of a workbook's sheets are read: the same rule for every reader. */
public final class ShownSheets {
    private ShownSheets() { }

    /** Hidden sheets are old versions and scratch work the coach chose not to show; all, if all are hidden. */
    public static <S> List<S> of(List<S> sheets, Predicate<S> hidden) {
        List<S> shown = new ArrayList<>();
        for (S sheet : sheets) if (!hidden.test(sheet)) shown.add(sheet);
        return shown.isEmpty() ? sheets : shown;
    }
}
