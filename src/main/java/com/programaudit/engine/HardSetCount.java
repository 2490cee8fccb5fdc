package com.programaudit.engine;

import com.programaudit.model.ExerciseEntry;
import com.programaudit.model.PlannedSet;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * Arithmetic for rules/volume/hard_sets.drl, which decides which sets are hard and collects a week's
 * sets once: adding them up per muscle here costs one pass over the week instead of one rule
 * evaluation per muscle and set.
 */
public final class HardSetCount {
    private HardSetCount() { }

    /** Every muscle (primary or secondary) the sets' exercises train, in alphabetical order. */
    public static List<String> musclesOf(Collection<?> sets) {
        TreeSet<String> muscles = new TreeSet<>();
        for (Object set : sets) muscles.addAll(((PlannedSet) set).getTrainedMuscles());
        return List.copyOf(muscles);
    }

    /** The sets' count for one muscle: 1 per set where it is primary, {@code secondaryFraction} where secondary. */
    public static double hardSetsFor(Collection<?> sets, String muscle, double secondaryFraction) {
        double sum = 0;
        for (Object set : sets) sum += ((PlannedSet) set).shareOf(muscle, secondaryFraction);
        return sum;
    }

    /** True when one of the exercises has the muscle as a primary one: it is trained directly that week. */
    public static boolean trainsDirectly(Collection<?> entries, String muscle) {
        for (Object entry : entries) {
            if (((ExerciseEntry) entry).getMuscles().contains(muscle)) return true;
        }
        return false;
    }
}
