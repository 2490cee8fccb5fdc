package com.programaudit.engine;

import com.programaudit.model.Level;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The productive range of weekly hard sets per muscle for an athlete's level: {@code minWeeklyHardSets}
 * and {@code maxWeeklyHardSets} in the policy, overridden per level by {@code minWeeklyHardSets.beginner}
 * (intermediate, advanced). The rule and the reports' volume table both ask here, so they always agree.
 */
public record VolumeBand(double min, double max) {
    public static final String MIN = "minWeeklyHardSets";
    public static final String MAX = "maxWeeklyHardSets";
    /** How much of a set a hard set adds to each of its exercise's secondary muscles. */
    public static final String SECONDARY_FRACTION = "secondaryMuscleFraction";

    /** Every key this class may read, for `rules check`'s unknown-key test. */
    static Set<String> keys() {
        return Stream.concat(Stream.of(MIN, MAX, SECONDARY_FRACTION),
                Stream.of(Level.values()).filter(l -> l != Level.UNKNOWN)
                        .flatMap(l -> Stream.of(MIN + "." + suffix(l), MAX + "." + suffix(l))))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The band for this level, or null when the policy sets no band at all. */
    public static VolumeBand of(Policy policy, Level level) {
        String min = key(policy, MIN, level);
        String max = key(policy, MAX, level);
        return policy.has(min) && policy.has(max) ? new VolumeBand(policy.number(min), policy.number(max)) : null;
    }

    /** For DRL: the band's lower end for this level. */
    public static double lowest(Policy policy, Level level) { return policy.number(key(policy, MIN, level)); }

    /** For DRL: the band's upper end for this level. */
    public static double highest(Policy policy, Level level) { return policy.number(key(policy, MAX, level)); }

    public boolean below(double sets) { return sets < min; }

    public boolean above(double sets) { return sets > max; }

    public boolean outside(double sets) { return below(sets) || above(sets); }

    /** "6-10". */
    public String text() { return amount(min) + "-" + amount(max); }

    /** A count of sets as a coach writes it: 7, or 7.5 when secondary muscles made it fractional. */
    public static String amount(double sets) {
        double rounded = rounded(sets);
        return rounded == Math.rint(rounded) ? String.valueOf((long) rounded) : String.valueOf(rounded);
    }

    /** A count of sets to one decimal, as the reports show it. */
    public static double rounded(double sets) { return Math.round(sets * 10) / 10.0; }

    /** " for a beginner" when the program names a level, "" otherwise. */
    public static String levelWords(Level level) {
        return level == null || level == Level.UNKNOWN ? "" : " for " + (level == Level.INTERMEDIATE || level == Level.ADVANCED ? "an " : "a ") + suffix(level);
    }

    private static String key(Policy policy, String base, Level level) {
        if (level == null || level == Level.UNKNOWN) return base;
        // the rule asks for every muscle of every week: the level's key is made once, not joined per call
        String own = (base == MIN ? MIN_OF_LEVEL : base == MAX ? MAX_OF_LEVEL : ofLevel(base))[level.ordinal()];
        return policy.has(own) ? own : base;
    }

    private static final String[] MIN_OF_LEVEL = ofLevel(MIN);
    private static final String[] MAX_OF_LEVEL = ofLevel(MAX);

    /** "base.beginner", "base.intermediate", … by level. */
    private static String[] ofLevel(String base) {
        String[] keys = new String[Level.values().length];
        for (Level level : Level.values()) keys[level.ordinal()] = base + "." + suffix(level);
        return keys;
    }

    private static String suffix(Level level) { return level.name().toLowerCase(Locale.ROOT); }
}
