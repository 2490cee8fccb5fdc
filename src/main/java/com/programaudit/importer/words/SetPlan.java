package com.programaudit.importer.words;

import com.programaudit.model.Field;
import com.programaudit.model.Technique;
import java.util.Set;

/** One set as worked out from an entry's cells, before it becomes a model fact. */
public record SetPlan(int number, boolean warmup, Double rir, Double rpe, Double load, boolean failure,
               Set<Technique> techniques, Set<Field> effortFrom) {

    /** The same set with no effort: "ALL OUT" on a sprint is not a lifting set to failure. */
    public SetPlan withoutEffort() {
        return new SetPlan(number, warmup, null, null, load, false, Set.of(), Set.of());
    }
}
