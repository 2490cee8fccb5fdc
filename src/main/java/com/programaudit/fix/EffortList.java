package com.programaudit.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/** Rewrites a per-set cell ("2", "2/1/0", "AMRAP", "5+") with new values for some sets. */
final class EffortList {
    // compiled once: a fix rewrites cells for every finding
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[/,;]\\s*");
    private static final Pattern AMRAP_MARK = Pattern.compile("(\\d)\\s*\\+");
    private static final Pattern A_DIGIT = Pattern.compile(".*\\d.*");

    private EffortList() { }

    /**
     * @param format how a target RIR is written in this cell; null for reps cells, where only the
     *               AMRAP mark ("5+") is removed
     * @return the new text, or null when the cell cannot be rewritten safely
     */
    static String rewrite(String text, int sets, Map<Integer, Integer> targets, IntFunction<String> format) {
        String separator = text.contains("/") ? "/" : text.contains(",") ? ", " : "/";
        List<String> items = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) items.add(part.strip());
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
                String plain = AMRAP_MARK.matcher(items.get(index)).replaceAll("$1");
                if (!A_DIGIT.matcher(plain).matches()) return null;
                items.set(index, plain);
            }
        }
        if (items.stream().distinct().count() == 1) return items.get(0);
        return String.join(separator, items);
    }
}
