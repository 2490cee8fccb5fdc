package com.programaudit.audit;

import com.programaudit.engine.Audit;
import com.programaudit.engine.Policy;
import com.programaudit.engine.VolumeBand;
import com.programaudit.model.ProgramFacts;
import com.programaudit.model.Week;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The week-by-week effort the report charts show: failure sets and hard sets per muscle. Hard sets are
 * the counts rules/volume/hard_sets.drl derived in the program's own session (its query), so an edited
 * rule changes the charts too; the band comes from the policy the program ran with, for the athlete's level.
 */
public record WeeklyLoad(List<WeekLoad> weeks, VolumeBand band) {

    /**
     * One week. {@code failureSets} are working sets to failure or beyond, {@code beyondFailureSets} those
     * with a technique; {@code hardSets} per muscle is empty for a deload week, which the rule skips.
     */
    public record WeekLoad(int week, String label, String block, boolean deload, int failureSets,
                           int beyondFailureSets, Map<String, Double> hardSets) { }

    public WeeklyLoad {
        weeks = List.copyOf(weeks);
    }

    /** Failure sets as the weeks counted them; hard sets per muscle as the rules counted them. */
    public static WeeklyLoad count(ProgramFacts facts, Audit audit) {
        Policy policy = audit.policy();
        // the athlete's own band, as the rule judged it (null when the policy sets none)
        VolumeBand band = VolumeBand.of(policy, facts.program().getLevel());
        List<WeekLoad> weeks = new ArrayList<>();
        for (Week week : facts.weeks()) {
            int n = week.getNumber();
            Map<String, Double> hard = new TreeMap<>(audit.hardSets().getOrDefault(n, Map.of()));
            // the week counted its sets when they were built
            weeks.add(new WeekLoad(n, week.getLabel(), week.getBlock(), week.isDeload(), week.getFailureSetCount(),
                    week.getBeyondFailureSetCount(), hard));
        }
        return new WeeklyLoad(weeks, band);
    }

    /** Every muscle counted in some week, in alphabetical order. */
    public List<String> muscles() {
        TreeSet<String> muscles = new TreeSet<>();
        weeks.forEach(w -> muscles.addAll(w.hardSets().keySet()));
        return List.copyOf(muscles);
    }

    public int maxFailureSets() {
        return weeks.stream().mapToInt(WeekLoad::failureSets).max().orElse(0);
    }
}
