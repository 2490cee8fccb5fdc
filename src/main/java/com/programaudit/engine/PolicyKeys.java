package com.programaudit.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Policy keys nothing reads: a typo such as {@code maxDropSetPerSession=1} or
 * {@code TOO_MANY_DROPSETS.enabled=false} would otherwise change nothing, silently. Each becomes one
 * {@code policy.properties:LINE: message} with the closest key or rule id as a suggestion.
 */
final class PolicyKeys {
    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(6);

    private PolicyKeys() { }

    static List<String> unknown(Policy policy, Set<String> ruleIds, Set<String> readKeys) {
        List<String> problems = new ArrayList<>();
        for (String key : policy.keys()) {
            String where = Policy.FILE + ":" + policy.lineOf(key) + ": ";
            int dot = key.lastIndexOf('.');
            String switchName = dot > 0 ? key.substring(dot + 1) : "";
            if (switchName.equals("enabled") || switchName.equals("severity")) {
                String rule = key.substring(0, dot);
                if (!ruleIds.contains(rule)) {
                    problems.add(where + "'" + rule + "' is not a rule id" + suggestion(rule, ruleIds, "." + switchName));
                }
            } else if (!readKeys.contains(key)) {
                problems.add(where + "no rule reads '" + key + "'" + suggestion(key, readKeys, ""));
            }
        }
        return problems;
    }

    private static String suggestion(String written, Collection<String> known, String suffix) {
        return closest(written, known).map(k -> "; did you mean " + k + suffix + "?").orElse("");
    }

    private static Optional<String> closest(String written, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int d = DISTANCE.apply(written.toLowerCase(), candidate.toLowerCase());
            if (d >= 0 && d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }
}
