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
        List<String> last = null;
        for (Object set : sets) {
            List<String> trained = ((PlannedSet) set).getTrainedMuscles();
            // an exercise's sets come one after another and share its catalog's list: added once
            if (trained != last) muscles.addAll(trained);
            last = trained;
        }
        return List.copyOf(muscles);
    }

    /**
     * The sets' count per muscle, in one pass: 1 per set where it is primary, {@code secondaryFraction} where
     * secondary. Each muscle's shares are added set by set, in the sets' order, so the sums do not depend on
     * how they are kept.
     */
    public static Map<String, Double> hardSetsPerMuscle(Collection<?> sets, double secondaryFraction) {
        Map<String, double[]> sums = new HashMap<>();
        List<String> trained = null;
        double[] shares = null;
        for (Object o : sets) {
            PlannedSet set = (PlannedSet) o;
            if (set.getTrainedMuscles() != trained) {
                trained = set.getTrainedMuscles();
                shares = new double[trained.size()];
                for (int i = 0; i < shares.length; i++) shares[i] = set.shareOf(trained.get(i), secondaryFraction);
            }
            for (int i = 0; i < shares.length; i++) {
                double[] sum = sums.get(trained.get(i));
                if (sum == null) sums.put(trained.get(i), new double[] {shares[i]});
                else sum[0] += shares[i];
            }
        }
        Map<String, Double> counts = new HashMap<>();
        sums.forEach((muscle, sum) -> counts.put(muscle, sum[0]));
        return counts;
    }

    /** The muscles some exercise has as a primary one: those trained directly that week. */
    public static Set<String> directMuscles(Collection<?> entries) {
        Set<String> direct = new HashSet<>();
        List<String> last = null;
        for (Object entry : entries) {
            List<String> muscles = ((ExerciseEntry) entry).getMuscles();
            if (muscles != last) direct.addAll(muscles);
            last = muscles;
        }
        return direct;
    }
}
