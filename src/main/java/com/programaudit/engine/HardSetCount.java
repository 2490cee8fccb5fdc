package com.programaudit.engine;

import com.programaudit.model.ExerciseEntry;
import com.programaudit.model.PlannedSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    /** The sets' count per muscle, in one pass: 1 per set where it is primary, {@code secondaryFraction} where secondary. */
    public static Map<String, Double> hardSetsPerMuscle(Collection<?> sets, double secondaryFraction) {
        Map<String, Double> counts = new HashMap<>();
        for (Object o : sets) {
            PlannedSet set = (PlannedSet) o;
            for (String muscle : set.getTrainedMuscles()) counts.merge(muscle, set.shareOf(muscle, secondaryFraction), Double::sum);
        }
        return counts;
    }

    /** The muscles some exercise has as a primary one: those trained directly that week. */
    public static Set<String> directMuscles(Collection<?> entries) {
        Set<String> direct = new HashSet<>();
        for (Object entry : entries) direct.addAll(((ExerciseEntry) entry).getMuscles());
        return direct;
    }
}
