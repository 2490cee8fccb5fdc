package com.programaudit.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.KieBase;
import org.kie.api.definition.type.FactType;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.QueryResultsRow;

/**
 * Reads the weekly hard sets per muscle that rules/volume/hard_sets.drl derives (query
 * "weekly hard sets" over its declared HardSets facts). A rules folder without that query gives none.
 */
final class HardSetsQuery {
    static final String QUERY = "weekly hard sets";

    private HardSetsQuery() { }

    static Map<Integer, Map<String, Integer>> read(KieSession session, KieBase kieBase) {
        FactType type = kieBase.getFactType("volume", "HardSets");
        if (type == null || kieBase.getKiePackage("volume") == null
                || kieBase.getKiePackage("volume").getQueries().stream().noneMatch(q -> q.getName().equals(QUERY))) {
            return Map.of();
        }
        Map<Integer, Map<String, Integer>> weeks = new HashMap<>();
        for (QueryResultsRow row : session.getQueryResults(QUERY)) {
            Object fact = row.get("$h");
            int week = ((Number) type.get(fact, "week")).intValue();
            weeks.computeIfAbsent(week, w -> new TreeMap<>())
                    .put((String) type.get(fact, "muscle"), ((Number) type.get(fact, "count")).intValue());
        }
        return weeks;
    }
}
