package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.words.FreeText;
import com.programaudit.importer.words.Keywords;
import com.programaudit.importer.words.ValueParser;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The set rows of an app export put in the order the assembler reads: workouts oldest first, the
 * sets of one exercise together (an exercise returned to later in the workout is still one entry),
 * and the app's set types (Hevy {@code set_type}, Strong's W/D/F set order) as warm-up, drop set or
 * failure cells.
 */
final class SetLogRows {
    private static final Pattern DROP = Pattern.compile("(?i)^\\s*(?:drop[ _-]?set|drop|d)\\s*$");
    private static final Pattern FAILURE = Pattern.compile("(?i)^\\s*(?:failure|to failure|fail|f)\\s*$");
    private static final Pattern WARMUP_CODE = Pattern.compile("(?i)^\\s*w\\s*$");

    private SetLogRows() { }

    static List<RawEntry> arrange(List<RawEntry> rows) {
        Map<String, List<RawEntry>> workouts = new LinkedHashMap<>();
        for (RawEntry row : rows) workouts.computeIfAbsent(key(row.week()) + "|" + key(row.day()), k -> new ArrayList<>()).add(row);
        List<List<RawEntry>> ordered = new ArrayList<>(workouts.values());
        if (newestFirst(ordered)) Collections.reverse(ordered);
        List<RawEntry> arranged = new ArrayList<>();
        for (List<RawEntry> workout : ordered) {
            Map<String, List<RawEntry>> byExercise = new LinkedHashMap<>();
            for (RawEntry row : workout) {
                byExercise.computeIfAbsent(ValueParser.clean(row.exercise().getText()), k -> new ArrayList<>()).add(row);
            }
            byExercise.values().forEach(sets -> arranged.addAll(typed(sets)));
        }
        return arranged;
    }

    /** Apps list either oldest or newest first: compare the calendar weeks of the first and last workouts. */
    private static boolean newestFirst(List<List<RawEntry>> workouts) {
        if (workouts.size() < 2) return false;
        int first = weekNumber(workouts.get(0).get(0));
        int last = weekNumber(workouts.get(workouts.size() - 1).get(0));
        return first > last;
    }

    private static int weekNumber(RawEntry row) {
        return row.week() == null ? 0 : Keywords.number(row.week().getText()).orElse(0);
    }

    /**
     * One exercise's sets with their type read: a drop set row joins the set before it as that set's
     * drop set (a run of drops is one drop set), a failure row is a set to failure, a warm-up code a
     * warm-up. The set number goes: every row of the exercise in the workout is one entry.
     */
    private static List<RawEntry> typed(List<RawEntry> sets) {
        List<RawEntry> typed = new ArrayList<>();
        RawEntry lastWorking = null;
        for (RawEntry row : sets) {
            SourceCell typeCell = row.cells().get(Field.TYPE);
            SourceCell numberCell = row.cells().get(Field.SET_NUMBER);
            String type = typeCell == null ? "" : typeCell.getText();
            String number = numberCell == null ? "" : numberCell.getText();
            Map<Field, SourceCell> cells = new EnumMap<>(row.cells());
            cells.remove(Field.SET_NUMBER);
            if (DROP.matcher(type).matches() || DROP.matcher(number).matches()) {
                SourceCell mark = new SourceCell((typeCell != null && !type.isBlank() ? typeCell : numberCell).getRef(), "drop set");
                if (lastWorking != null) {
                    int at = typed.size() - 1;
                    Map<Field, SourceCell> joined = new EnumMap<>(typed.get(at).cells());
                    joined.putIfAbsent(Field.TECHNIQUE, mark);
                    typed.set(at, with(typed.get(at), joined));
                    continue;
                }
                cells.put(Field.TECHNIQUE, mark);
            } else if (FAILURE.matcher(type).matches() || FAILURE.matcher(number).matches()) {
                SourceCell at = typeCell != null && !type.isBlank() ? typeCell : numberCell;
                cells.put(Field.FAILURE_FLAG, new SourceCell(at.getRef(), "yes"));
            } else if (WARMUP_CODE.matcher(number).matches() && !FreeText.isWarmup(type)) {
                cells.put(Field.TYPE, new SourceCell(numberCell.getRef(), "warm-up"));
            }
            RawEntry kept = with(row, cells);
            typed.add(kept);
            boolean warmup = FreeText.isWarmup(kept.text(Field.TYPE));
            // a drop set after a warm-up is a set of its own; after a working set it belongs to that set
            lastWorking = warmup ? null : kept;
        }
        return typed;
    }

    private static RawEntry with(RawEntry row, Map<Field, SourceCell> cells) {
        return new RawEntry(row.program(), row.block(), row.week(), row.day(), row.exercise(), cells, row.deloadSheet());
    }

    private static String key(SourceCell cell) {
        return cell == null ? "" : cell.getText();
    }
}
