package com.programaudit.importer.words;

import java.util.ArrayList;
import java.util.List;

/** Which working sets a phrase in free text applies to (RULES.md settled readings). */
public record SetTarget(Kind kind, List<Integer> numbers) {
    public enum Kind { LAST, ALL, TOP, NUMBERED, LAST_N }

    public static final SetTarget LAST = new SetTarget(Kind.LAST, List.of());
    public static final SetTarget ALL = new SetTarget(Kind.ALL, List.of());
    public static final SetTarget TOP = new SetTarget(Kind.TOP, List.of());

    public static SetTarget numbered(List<Integer> numbers) { return new SetTarget(Kind.NUMBERED, List.copyOf(numbers)); }

    /** "last 2 sets": the final {@code n} working sets. */
    public static SetTarget lastN(int n) { return new SetTarget(Kind.LAST_N, List.of(n)); }

    /** 1-based working-set numbers this target picks out of {@code workingSets}; topSet is 1-based. */
    public List<Integer> resolve(int workingSets, int topSet) {
        List<Integer> picked = new ArrayList<>();
        if (workingSets <= 0) return picked;
        switch (kind) {
            case LAST -> picked.add(workingSets);
            case TOP -> picked.add(Math.min(Math.max(topSet, 1), workingSets));
            case ALL -> { for (int i = 1; i <= workingSets; i++) picked.add(i); }
            case NUMBERED -> numbers.stream().filter(n -> n >= 1 && n <= workingSets).forEach(picked::add);
            case LAST_N -> { for (int i = Math.max(1, workingSets - numbers.get(0) + 1); i <= workingSets; i++) picked.add(i); }
        }
        return picked;
    }
}
