package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Column;
import com.programaudit.importer.words.HeaderWords;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small table under one session heading: the row below "Day 1" names the session's own columns
 * ("Exercise | Sets | Reps | RPE"), and each row below is an exercise with its prescription in them.
 */
final class SessionColumnGroup {
    /** How far right of its heading a session's columns may reach when no other heading stops them. */
    private static final int MAX_WIDTH = 8;
    private static final Set<Field> PRESCRIPTION = Set.of(Field.SETS, Field.REPS, Field.SETS_X_REPS, Field.RIR, Field.RPE);

    /** One exercise row of the group. */
    record Row(int row, SourceCell exercise, Map<Field, SourceCell> cells) {
        boolean prescribed() { return cells.keySet().stream().anyMatch(PRESCRIPTION::contains); }
    }

    private final GridSheet sheet;
    private final int headerRow;
    private final int exerciseColumn;
    private final Map<Integer, Field> fields;

    private SessionColumnGroup(GridSheet sheet, int headerRow, int exerciseColumn, Map<Integer, Field> fields) {
        this.sheet = sheet;
        this.headerRow = headerRow;
        this.exerciseColumn = exerciseColumn;
        this.fields = fields;
    }

    /** The group under the heading at ({@code sessionRow}, {@code column}), up to the next heading's column. */
    static Optional<SessionColumnGroup> under(GridSheet sheet, int sessionRow, int column, int nextSession) {
        int row = sessionRow + 1;
        int exercise = -1;
        Map<Integer, Field> fields = new LinkedHashMap<>();
        for (int c = column; c < Math.min(nextSession, column + MAX_WIDTH); c++) {
            Optional<Column> named = HeaderWords.columnOf(sheet.text(row, c));
            if (named.isEmpty()) continue;
            if (named.get() == Column.EXERCISE) {
                if (exercise < 0) exercise = c;
                continue;
            }
            Field field = named.get().field();
            if (field != null && !fields.containsValue(field)) fields.put(c, field);
        }
        boolean prescribes = fields.values().stream().anyMatch(PRESCRIPTION::contains);
        return exercise >= 0 && prescribes ? Optional.of(new SessionColumnGroup(sheet, row, exercise, fields)) : Optional.empty();
    }

    /** The group's column names, for the reading's why: "Exercise | Sets | Reps". */
    String describe() {
        List<String> names = new ArrayList<>(List.of(sheet.text(headerRow, exerciseColumn)));
        fields.keySet().forEach(c -> names.add(sheet.text(headerRow, c)));
        return String.join(" | ", names);
    }

    /** The exercise rows from below the group's header to {@code end}; a repeated header row is skipped. */
    List<Row> rows(int end) {
        List<Row> rows = new ArrayList<>();
        for (int r = headerRow + 1; r < end; r++) {
            String name = sheet.text(r, exerciseColumn);
            if (!LogTableReader.isExercise(name) || HeaderWords.columnOf(name).isPresent()) continue;
            Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
            for (Map.Entry<Integer, Field> field : fields.entrySet()) {
                String text = sheet.text(r, field.getKey());
                if (!text.isEmpty()) cells.put(field.getValue(), new SourceCell(sheet.ref(r, field.getKey()), text));
            }
            rows.add(new Row(r, new SourceCell(sheet.ref(r, exerciseColumn), name), cells));
        }
        return rows;
    }
}
