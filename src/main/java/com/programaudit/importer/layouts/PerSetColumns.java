package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;

import com.programaudit.model.Field;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Per-set column groups in a header row: "Set 1 | Set 2 | Set 3" (cells like "10 @ 2RIR") or
 * "Set 1 Reps | Set 1 RIR | Set 2 Reps …". Each group becomes a row of its own for the exercise,
 * so every set keeps its own cells (and a fix edits the cell of the set it changes).
 */
public final class PerSetColumns {
    private static final Pattern SET_HEADER = Pattern.compile("(?i)^\\s*(?:set|s)\\s*#?\\s*(\\d{1,2})\\b\\s*[-:]?\\s*(.*)$");

    private PerSetColumns() { }

    /** Set number → field → column; empty unless two or more sets have their own columns. */
    public static Map<Integer, Map<Field, Integer>> find(GridSheet sheet, int headerRow) {
        Map<Integer, Map<Field, Integer>> groups = new TreeMap<>();
        for (int c = 0; c < sheet.width(headerRow); c++) {
            Matcher m = SET_HEADER.matcher(sheet.text(headerRow, c));
            if (!m.matches()) continue;
            Optional<Field> field = m.group(2).isBlank() ? Optional.of(Field.REPS)
                    : HeaderWords.columnOf(m.group(2)).map(Column::field);
            if (field.isEmpty() || !PER_SET.contains(field.get())) continue;
            groups.computeIfAbsent(Integer.parseInt(m.group(1)), n -> new EnumMap<>(Field.class))
                    .putIfAbsent(field.get(), c);
        }
        return groups.size() >= 2 ? groups : Map.of();
    }

    /** The fields a set's own columns may hold. */
    public static final java.util.Set<Field> PER_SET = java.util.EnumSet.of(Field.REPS, Field.RIR, Field.RPE, Field.LOAD);
}
