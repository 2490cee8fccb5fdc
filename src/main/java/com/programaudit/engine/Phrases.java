package com.programaudit.engine;

import com.programaudit.model.PlannedSet;
import java.util.Collection;
import java.util.List;

/** Small wording helpers for rule messages ("set 3", "sets 1, 2 and 3"). */
public final class Phrases {
    private Phrases() { }

    public static String sets(Collection<?> sets) {
        // a sorted set and a loop, not a stream: a rule's message is built for every finding
        java.util.TreeSet<Integer> sorted = new java.util.TreeSet<>();
        for (Object s : sets) sorted.add(((PlannedSet) s).getNumber());
        List<Integer> numbers = List.copyOf(sorted);
        if (numbers.size() == 1) return "set " + numbers.get(0);
        StringBuilder head = new StringBuilder();
        // subList as before: a rule that passes no sets gets the same exception (and `rules check` the same words)
        for (Integer number : numbers.subList(0, numbers.size() - 1)) head.append(head.length() == 0 ? "" : ", ").append(number);
        return "sets " + head + " and " + numbers.get(numbers.size() - 1);
    }

    /** The cell where the first of these sets was made hard, for the finding's location. */
    public static com.programaudit.model.CellRef effortCell(Collection<?> sets) {
        PlannedSet first = null;
        for (Object s : sets) {
            PlannedSet set = (PlannedSet) s;
            // the first of the least: warm-ups (not working) before working sets, then by number, as Stream.min keeps
            if (first == null || FIRST.compare(set, first) < 0) first = set;
        }
        if (first == null) throw new java.util.NoSuchElementException("No value present");
        for (com.programaudit.model.Field field : first.getEffortFrom()) {
            com.programaudit.model.SourceCell cell = first.cell(field);
            if (cell != null) return cell.getRef();
        }
        return first.getEntry().getOrigin();
    }

    private static final java.util.Comparator<PlannedSet> FIRST =
            java.util.Comparator.comparing(PlannedSet::isWorking).thenComparingInt(PlannedSet::getNumber);

    public static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
