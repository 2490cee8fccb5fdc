package com.programaudit.importer.layouts;

import com.programaudit.importer.words.Linear;
import com.programaudit.importer.words.ValueParser;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cell that lists a lift's sets as percent-of-max schemes, read set by set:
 * <ul>
 *   <li>{@code 50% 5x1, 60% 4x2, 70% 3x2}: the Russian/Sheiko habit, percent then <b>reps x sets</b>
 *       (4x2 = 2 sets of 4), items separated by commas;</li>
 *   <li>{@code 85% x 5+}, {@code 85%x5+}: one set of 5 at 85%, {@code +} = as many as possible;</li>
 *   <li>{@code 5 x 10 @ 50%}: 5 sets of 10 at 50%, sets first as English sheets write them;</li>
 *   <li>{@code 6 по 2}, {@code *6 по 2}: Russian "reps по sets", 2 sets of 6.</li>
 * </ul>
 * A single at 100% of the max or more is a maximal attempt, read as a set at max effort; more reps at
 * 100% are a variant's sets (block pulls at 100% of the deadlift), not an attempt.
 */
public final class SchemeList {
    private static final int MAX_SETS = 30;
    private static final Pattern TRAILING_DOTS = Pattern.compile("(?<![.])[.]+$");
    private static final Pattern SEPARATOR = Pattern.compile(Linear.SPACES_BEFORE + "[,;]\\s*");
    /** "60% 4x2": percent, then reps x sets. */
    private static final Pattern PERCENT_REPS_X_SETS = Pattern.compile(
            "^(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*(\\d{1,2})\\s*x\\s*(\\d{1,2})$");
    /** "85% x 5+", "85%x5": one set at that percent. */
    private static final Pattern PERCENT_X_REPS = Pattern.compile("^(\\d{1,3}(?:\\.\\d+)?)\\s*%\\s*x\\s*(\\d{1,2}\\+?)$");
    /** "5 x 10 @ 50%", "3x5+ @ 85%": sets x reps at a percent (the English habit, percent last). */
    private static final Pattern SETS_X_REPS_AT_PERCENT = Pattern.compile(
            "^(\\d{1,2})\\s*x\\s*(\\d{1,2}\\+?)\\s*@\\s*(\\d{1,3}(?:\\.\\d+)?)\\s*%$");
    /** "6 по 2", "*6 по 2": reps по sets. */
    private static final Pattern REPS_PO_SETS = Pattern.compile("^\\*?\\s*(\\d{1,2})\\s*по\\s*(\\d{1,2})$");

    /** One planned set: its load text (a percent or empty) and its reps text ("5", "5+", "max"). */
    public record PlannedSet(String load, String reps) { }

    private SchemeList() { }

    /** The sets a cell lists, or an empty list when the cell is not written this way. */
    public static List<PlannedSet> read(String text) {
        String t = TRAILING_DOTS.matcher(ValueParser.clean(text)).replaceAll("");
        if (t.isEmpty()) return List.of();
        List<PlannedSet> sets = new ArrayList<>();
        for (String item : SEPARATOR.split(t)) {
            if (!addItem(item.strip(), sets)) return List.of();
            if (sets.size() > MAX_SETS) return List.of();
        }
        return sets;
    }

    private static boolean addItem(String item, List<PlannedSet> sets) {
        Matcher m = PERCENT_REPS_X_SETS.matcher(item);
        if (m.matches()) {
            addSets(sets, Integer.parseInt(m.group(3)), m.group(1), m.group(2));
            return true;
        }
        m = PERCENT_X_REPS.matcher(item);
        if (m.matches()) {
            addSets(sets, 1, m.group(1), m.group(2));
            return true;
        }
        m = SETS_X_REPS_AT_PERCENT.matcher(item);
        if (m.matches()) {
            addSets(sets, Integer.parseInt(m.group(1)), m.group(3), m.group(2));
            return true;
        }
        m = REPS_PO_SETS.matcher(item);
        if (m.matches()) {
            addSets(sets, Integer.parseInt(m.group(2)), "", m.group(1));
            return true;
        }
        return false;
    }

    private static void addSets(List<PlannedSet> sets, int count, String percent, String reps) {
        boolean maximal = !percent.isEmpty() && Double.parseDouble(percent) >= 100 && reps.equals("1");
        String load = percent.isEmpty() ? "" : percent + "%";
        for (int i = 0; i < count && sets.size() <= MAX_SETS; i++) {
            sets.add(new PlannedSet(load, maximal ? "max" : reps));
        }
    }
}
