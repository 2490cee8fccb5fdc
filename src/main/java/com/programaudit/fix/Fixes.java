package com.programaudit.fix;

import com.programaudit.importer.FreeText;
import com.programaudit.model.CellEdit;
import com.programaudit.model.ExerciseEntry;
import com.programaudit.model.Field;
import com.programaudit.model.Fix;
import com.programaudit.model.PlannedSet;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fixes as data, called from rule consequences: the sentence for the coach and the cell edits that
 * carry it out, computed from the cells the planned sets were read from.
 */
public final class Fixes {
    private Fixes() { }

    /** Plans the given sets at {@code rir} instead of failure, techniques removed. */
    public static Fix easeTo(Collection<PlannedSet> sets, int rir, String sentence) {
        Map<Integer, Integer> targets = new TreeMap<>();
        sets.forEach(s -> targets.put(s.getNumber(), rir));
        return new Fix(sentence, rewrite(entryOf(sets), targets, fieldsOf(sets), false));
    }

    /** Eases every failure set but the last working set, and plans the failure on that last set. */
    public static Fix failureOnLastSetOnly(Collection<PlannedSet> failureSets, int rir, String sentence) {
        ExerciseEntry entry = entryOf(failureSets);
        Map<Integer, Integer> targets = new TreeMap<>();
        failureSets.stream().filter(s -> !s.isLastWorkingSet()).forEach(s -> targets.put(s.getNumber(), rir));
        if (entry != null) targets.put(entry.getWorkingSets(), 0);
        return new Fix(sentence, rewrite(entry, targets, fieldsOf(failureSets), true));
    }

    /** Turns the given sets back into straight sets: their technique phrases are removed. */
    public static Fix straightSets(Collection<?> sets, String sentence) {
        List<CellEdit> edits = new ArrayList<>();
        java.util.Set<ExerciseEntry> entries = new java.util.LinkedHashSet<>();
        sets.forEach(s -> entries.add(((PlannedSet) s).getEntry()));
        for (ExerciseEntry entry : entries) {
            for (Field text : List.of(Field.TECHNIQUE, Field.NOTES)) {
                SourceCell cell = entry.cell(text);
                if (cell != null && !cell.isBlank()) edit(edits, cell, FreeText.withoutEffortClauses(cell.getText()));
            }
        }
        return new Fix(sentence, edits);
    }

    /** Advice only: the change is structural and has no single cell to edit. */
    public static Fix advice(String sentence) { return Fix.advice(sentence); }

    private static ExerciseEntry entryOf(Collection<PlannedSet> sets) {
        return sets.isEmpty() ? null : sets.iterator().next().getEntry();
    }

    private static Set<Field> fieldsOf(Collection<PlannedSet> sets) {
        Set<Field> fields = EnumSet.noneOf(Field.class);
        sets.forEach(s -> fields.addAll(s.getEffortFrom()));
        return fields;
    }

    private static List<CellEdit> rewrite(ExerciseEntry entry, Map<Integer, Integer> targets, Set<Field> from,
                                          boolean keepLastAtFailure) {
        List<CellEdit> edits = new ArrayList<>();
        if (entry == null || targets.isEmpty()) return edits;
        int sets = Math.max(entry.getWorkingSets(), 1);
        SourceCell rir = entry.cell(Field.RIR);
        SourceCell rpe = entry.cell(Field.RPE);
        boolean rirWritten = rir != null && !rir.isBlank();
        boolean rpeWritten = rpe != null && !rpe.isBlank();
        if (rirWritten) {
            edit(edits, rir, EffortList.rewrite(rir.getText(), sets, targets, v -> String.valueOf(v)));
        } else if (rpeWritten) {
            edit(edits, rpe, EffortList.rewrite(rpe.getText(), sets, targets, v -> String.valueOf(10 - v)));
        }
        if (rirWritten && rpeWritten && from.contains(Field.RPE)) {
            edit(edits, rpe, EffortList.rewrite(rpe.getText(), sets, targets, v -> String.valueOf(10 - v)));
        }
        if (from.contains(Field.REPS)) {
            SourceCell reps = entry.cell(Field.REPS);
            edit(edits, reps, EffortList.rewrite(reps.getText(), sets, targets, null));
        }
        if (from.contains(Field.SETS_X_REPS)) {
            SourceCell scheme = entry.cell(Field.SETS_X_REPS);
            edit(edits, scheme, scheme.getText().replaceAll("(\\d)\\s*\\+", "$1").replaceAll("(?i)@\\s*(rpe\\s*)?10\\b", "@8"));
        }
        for (Field text : List.of(Field.TECHNIQUE, Field.NOTES)) {
            if (!from.contains(text)) continue;
            SourceCell cell = entry.cell(text);
            String cleaned = FreeText.withoutEffortClauses(cell.getText());
            if (keepLastAtFailure && !rirWritten && !rpeWritten) {
                cleaned = cleaned.isEmpty() ? "last set to failure" : cleaned + "; last set to failure";
            }
            edit(edits, cell, cleaned);
        }
        return Collections.unmodifiableList(edits);
    }

    private static void edit(List<CellEdit> edits, SourceCell cell, String to) {
        if (cell == null || to == null || to.equals(cell.getText())) return;
        edits.add(new CellEdit(cell.getRef().getSheet(), cell.getRef().getCell(), cell.getText(), to));
    }
}
