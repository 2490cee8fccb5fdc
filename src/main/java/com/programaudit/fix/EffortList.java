package com.programaudit.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Rewrites a per-set cell ("2", "2/1/0", "AMRAP", "5+") with new values for some sets. */
final class EffortList {
    private EffortList() { }

    /**
     * @param format how a target RIR is written in this cell; null for reps cells, where only the
     *               AMRAP mark ("5+") is removed
     * @return the new text, or null when the cell cannot be rewritten safely
     */
    static String rewrite(String text, int sets, Map<Integer, Integer> targets, IntFunction<String> format) {
        String separator = text.contains("/") ? "/" : text.contains(",") ? ", " : "/";
        List<String> items = new ArrayList<>();
        for (String part : text.split("\\s*[/,;]\\s*")) items.add(part.strip());
        if (items.size() == 1 && sets > 1) {
            boolean allSame = targets.size() == sets && targets.values().stream().distinct().count() == 1;
            if (allSame && format != null) return format.apply(targets.values().iterator().next());
            while (items.size() < sets) items.add(items.get(0));
        }
        for (Map.Entry<Integer, Integer> target : targets.entrySet()) {
            int index = target.getKey() - 1;
            if (index < 0 || index >= items.size()) continue;
            if (format != null) {
                items.set(index, format.apply(target.getValue()));
            } else if (target.getValue() > 0) {
                String plain = items.get(index).replaceAll("(\\d)\\s*\\+", "$1");
                if (!plain.matches(".*\\d.*")) return null;
                items.set(index, plain);
            }
        }
        if (items.stream().distinct().count() == 1) return items.get(0);
        return String.join(separator, items);
    }
}
