package com.programaudit.engine;

import com.programaudit.model.PlannedSet;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Small wording helpers for rule messages ("set 3", "sets 1, 2 and 3"). */
public final class Phrases {
    private Phrases() { }

    public static String sets(Collection<?> sets) {
        List<Integer> numbers = sets.stream().map(s -> ((PlannedSet) s).getNumber()).sorted().distinct().toList();
        if (numbers.size() == 1) return "set " + numbers.get(0);
        String head = numbers.subList(0, numbers.size() - 1).stream().map(String::valueOf)
                .collect(Collectors.joining(", "));
        return "sets " + head + " and " + numbers.get(numbers.size() - 1);
    }

    /** The cell where the first of these sets was made hard, for the finding's location. */
    public static com.programaudit.model.CellRef effortCell(Collection<?> sets) {
        PlannedSet first = sets.stream().map(s -> (PlannedSet) s)
                .min(java.util.Comparator.comparing(PlannedSet::isWorking).thenComparingInt(PlannedSet::getNumber)).orElseThrow();
        for (com.programaudit.model.Field field : first.getEffortFrom()) {
            com.programaudit.model.SourceCell cell = first.cell(field);
            if (cell != null) return cell.getRef();
        }
        return first.getEntry().getOrigin();
    }

    public static String orElse(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
