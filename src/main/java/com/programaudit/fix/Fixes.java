package com.programaudit.fix;

import com.programaudit.importer.words.FreeText;
import com.programaudit.model.CellEdit;
import com.programaudit.model.Field;
import com.programaudit.model.Fix;
import com.programaudit.model.PlannedSet;
import com.programaudit.model.SetRow;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Fixes as data, called from rule consequences: the sentence for the coach and the cell edits that
 * carry it out, computed from the cells the planned sets were read from.
 */
public final class Fixes {
    private static final Set<Field> REWRITABLE = EnumSet.of(Field.RIR, Field.RPE, Field.REPS, Field.SETS_X_REPS,
            Field.TECHNIQUE, Field.NOTES);

    private Fixes() { }

    /** Plans the given sets at {@code rir} instead of failure, techniques removed. */
    public static Fix easeTo(Collection<PlannedSet> sets, int rir, String sentence) {
        Map<PlannedSet, Integer> targets = new LinkedHashMap<>();
        sets.forEach(s -> targets.put(s, rir));
        return new Fix(sentence, rewrite(targets, false));
    }

    /** Eases every failure set but the last working set, and plans the failure on that last set. */
    public static Fix failureOnLastSetOnly(Collection<PlannedSet> failureSets, int rir, String sentence) {
        Map<PlannedSet, Integer> targets = new LinkedHashMap<>();
        failureSets.stream().filter(s -> !s.isLastWorkingSet()).forEach(s -> targets.put(s, rir));
        PlannedSet last = failureSets.isEmpty() ? null : failureSets.iterator().next().getEntry().lastWorkingSet();
        if (last != null) targets.put(last, 0);
        return new Fix(sentence, rewrite(targets, true));
    }

    /** Turns the given sets back into straight sets: their technique phrases are removed. */
    public static Fix straightSets(Collection<?> sets, String sentence) {
        List<CellEdit> edits = new ArrayList<>();
        Set<SetRow> rows = new LinkedHashSet<>();
        sets.forEach(s -> rows.add(((PlannedSet) s).getRow()));
        for (SetRow row : rows) {
            for (Field text : List.of(Field.TECHNIQUE, Field.NOTES)) {
                SourceCell cell = row.cells().get(text);
                if (cell != null && !cell.isBlank()) edit(edits, cell, FreeText.withoutEffortClauses(cell.getText()));
            }
        }
        return new Fix(sentence, edits);
    }

    /** Advice only: the change is structural and has no single cell to edit. */
    public static Fix advice(String sentence) { return Fix.advice(sentence); }

    /** Rewrites each row the target sets were written on, numbering sets within that row. */
    private static List<CellEdit> rewrite(Map<PlannedSet, Integer> targets, boolean keepLastAtFailure) {
        Map<SetRow, Map<Integer, Integer>> byRow = new LinkedHashMap<>();
        Map<SetRow, Set<Field>> fromByRow = new LinkedHashMap<>();
        for (Map.Entry<PlannedSet, Integer> target : targets.entrySet()) {
            PlannedSet set = target.getKey();
            byRow.computeIfAbsent(set.getRow(), r -> new TreeMap<>()).put(indexInRow(set), target.getValue());
            fromByRow.computeIfAbsent(set.getRow(), r -> EnumSet.noneOf(Field.class)).addAll(set.getEffortFrom());
        }
        List<CellEdit> edits = new ArrayList<>();
        byRow.forEach((row, rowTargets) -> edits.addAll(rewriteRow(row, rowTargets, fromByRow.get(row), keepLastAtFailure)));
        return Collections.unmodifiableList(edits);
    }

    /** 1-based place of a working set among the working sets of its own row. */
    private static int indexInRow(PlannedSet set) {
        int index = 0;
        for (PlannedSet other : set.getEntry().getSets()) {
            if (other.getRow().equals(set.getRow()) && other.isWarmup() == set.isWarmup()) index++;
            if (other == set) return index;
        }
        return set.getNumber();
    }

    private static List<CellEdit> rewriteRow(SetRow row, Map<Integer, Integer> targets, Set<Field> from,
                                             boolean keepLastAtFailure) {
        // effort read from a cell a fix does not know how to rewrite (e.g. "@9" in an Intensity column)
        if (!REWRITABLE.containsAll(from)) return List.of();
        List<CellEdit> edits = new ArrayList<>();
        int sets = Math.max(row.workingSets(), 1);
        // Reps and sets x reps cells first: when one made a set hard ("AMRAP", "3x12+" with mixed
        // targets) and cannot be rewritten, any other edit would leave the failure in place.
        if (from.contains(Field.REPS)) {
            SourceCell reps = row.cells().get(Field.REPS);
            String eased = FreeText.namesSets(reps.getText()) ? FreeText.withoutEffortClauses(reps.getText())
                    : EffortList.rewrite(reps.getText(), sets, targets, null);
            if (eased == null) return List.of();
            edit(edits, reps, eased);
        }
        if (from.contains(Field.SETS_X_REPS)) {
            SourceCell scheme = row.cells().get(Field.SETS_X_REPS);
            String eased = FreeText.namesSets(scheme.getText()) ? FreeText.withoutEffortClauses(scheme.getText())
                    : SchemeText.eased(scheme.getText(), targets, sets);
            if (eased == null) return List.of();
            edit(edits, scheme, eased);
        }
        SourceCell rir = row.cells().get(Field.RIR);
        SourceCell rpe = row.cells().get(Field.RPE);
        boolean rirWritten = rir != null && !rir.isBlank();
        boolean rpeWritten = rpe != null && !rpe.isBlank();
        boolean everySetTargeted = targets.size() >= sets;
        if (rirWritten) {
            edit(edits, rir, EffortList.rewrite(rir.getText(), sets, targets, String::valueOf));
        } else if (rpeWritten) {
            edit(edits, rpe, EffortList.rewrite(rpe.getText(), sets, targets, v -> String.valueOf(10 - v)));
        } else if (rir != null && everySetTargeted) {
            // An empty RIR column is where the coach would look for the effort: write the target there.
            edit(edits, rir, EffortList.rewrite("", sets, targets, String::valueOf));
        }
        boolean effortWritten = rirWritten || rpeWritten || (rir != null && everySetTargeted);
        if (rirWritten && rpeWritten && from.contains(Field.RPE)) {
            edit(edits, rpe, EffortList.rewrite(rpe.getText(), sets, targets, v -> String.valueOf(10 - v)));
        }
        for (Field text : List.of(Field.TECHNIQUE, Field.NOTES)) {
            if (!from.contains(text)) continue;
            SourceCell cell = row.cells().get(text);
            String cleaned = FreeText.withoutEffortClauses(cell.getText());
            if (keepLastAtFailure && !effortWritten && targets.containsValue(0)) {
                cleaned = cleaned.isEmpty() ? "last set to failure" : cleaned + "; last set to failure";
            }
            edit(edits, cell, cleaned);
        }
        return edits;
    }

    private static void edit(List<CellEdit> edits, SourceCell cell, String to) {
        if (cell == null || to == null || to.equals(cell.getText())) return;
        edits.add(new CellEdit(cell.getRef().getSheet(), cell.getRef().getCell(), cell.getText(), to));
    }
}
