package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.words.ValueParser;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Weeks across in a program of section rows (5/3/1 Boring But Big sheets): a row of week titles
 * ({@code Week 1 | Week 2 | Week 3 | Week 4}) over the session and lift rows; a lift's cell under a
 * week holds that week's sets ({@code 65% x 5}, {@code 5 x 10 @ 50%}), and a row with no name under a
 * lift carries more of its sets ({@code 75% x 5}, then {@code 85% x 5+}).
 */
final class SectionWeekColumns {
    /** Column letters → the week title above them, left to right. */
    private final Map<String, SourceCell> weeks;
    /** The set number each week's column has reached for the current lift. */
    private final Map<String, Integer> nextSet = new HashMap<>();
    private SourceCell lift;

    private SectionWeekColumns(Map<String, SourceCell> weeks) { this.weeks = weeks; }

    /** A row whose cells are all week titles, two weeks or more: the weeks across. */
    static Optional<SectionWeekColumns> of(List<SourceCell> cells) {
        if (cells.size() < 2) return Optional.empty();
        Map<String, SourceCell> weeks = new LinkedHashMap<>();
        Set<Integer> numbers = new HashSet<>();
        for (SourceCell cell : cells) {
            Optional<Integer> number = SectionWords.weekNumber(cell.getText());
            if (number.isEmpty()) return Optional.empty();
            numbers.add(number.get());
            weeks.put(column(cell), cell);
        }
        return numbers.size() >= 2 ? Optional.of(new SectionWeekColumns(weeks)) : Optional.empty();
    }

    /** Whether a cell stands under a week: a row starting there carries more sets of the lift above. */
    boolean holds(SourceCell cell) { return weeks.containsKey(column(cell)); }

    /** A lift row: its name, then its cells under the weeks. */
    void lift(SourceCell exercise, List<SourceCell> cells, SourceCell day, boolean deload, List<RawEntry> rows) {
        lift = exercise;
        nextSet.clear();
        more(cells, day, deload, rows);
    }

    /** More sets of the current lift, each under its week. */
    void more(List<SourceCell> cells, SourceCell day, boolean deload, List<RawEntry> rows) {
        if (lift == null) return;
        for (SourceCell cell : cells) {
            SourceCell week = weeks.get(column(cell));
            if (week == null) continue;
            List<SchemeList.PlannedSet> sets = SchemeList.read(cell.getText());
            if (!sets.isEmpty()) {
                int number = nextSet.getOrDefault(column(cell), 1);
                for (SchemeList.PlannedSet set : sets) {
                    rows.add(SetRowEntry.of(week, day, lift, number++, new SourceCell(cell.getRef(), set.reps()),
                            set.load().isEmpty() ? null : new SourceCell(cell.getRef(), set.load()), deload));
                }
                nextSet.put(column(cell), number);
            } else if (ValueParser.setsAndReps(cell.getText()).isPresent()) {
                Map<Field, SourceCell> fields = new EnumMap<>(Field.class);
                fields.put(Field.SETS_X_REPS, cell);
                rows.add(new RawEntry("", null, week, day, lift, fields, deload));
            }
        }
    }

    /** The rows week by week (the order of the titles across), keeping their order within a week. */
    List<RawEntry> byWeek(List<RawEntry> rows) {
        List<SourceCell> order = List.copyOf(weeks.values());
        return rows.stream().sorted(java.util.Comparator.comparingInt((RawEntry r) -> order.indexOf(r.week()))).toList();
    }

    private static String column(SourceCell cell) {
        return cell.getRef().getCell().replaceAll("\\d", "");
    }
}
