package com.programaudit.engine;

import java.util.Collection;
import java.util.List;

/** How long a failure-heavy block may run (FAILURE_BLOCK_TOO_LONG), called from rules/structure/blocks.drl. */
public final class BlockLimits {
    static final String MAX_WEEKS = "maxFailureBlockWeeks";
    static final String MAX_METABOLIC_WEEKS = "maxMetabolicFailureBlockWeeks";
    private BlockLimits() { }

    /**
     * Longest a high-failure block may run: shorter than the median of the program's normal blocks
     * (so just under it), or the policy's fixed limit when there are none (FAILURE_BLOCK_TOO_LONG).
     */
    public static Double maxFailureBlockWeeks(com.programaudit.model.Block block, Collection<?> normalLengths,
                                              Policy policy) {
        if (!normalLengths.isEmpty()) return median(normalLengths) - 0.5;
        String key = block.getType() == com.programaudit.model.BlockType.METABOLIC ? MAX_METABOLIC_WEEKS : MAX_WEEKS;
        return (double) policy.intValue(key);
    }

    /** Median of whole numbers; the mean of the middle two for an even count. */
    public static double median(Collection<?> values) {
        List<Double> sorted = values.stream().map(v -> ((Number) v).doubleValue()).sorted().toList();
        if (sorted.isEmpty()) return Double.NaN;
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
