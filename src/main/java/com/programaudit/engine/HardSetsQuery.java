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

    /** The declared HardSets type, or null when the rules folder has no such query. */
    private final FactType type;

    private HardSetsQuery(FactType type) { this.type = type; }

    /** Looked up once per rule base, not per program. */
    static HardSetsQuery of(KieBase kieBase) {
        FactType type = kieBase.getFactType("volume", "HardSets");
        boolean hasQuery = kieBase.getKiePackage("volume") != null
                && kieBase.getKiePackage("volume").getQueries().stream().anyMatch(q -> q.getName().equals(QUERY));
        return new HardSetsQuery(hasQuery ? type : null);
    }

    Map<Integer, Map<String, Double>> read(KieSession session) {
        if (type == null) return Map.of();
        Map<Integer, Map<String, Double>> weeks = new HashMap<>();
        for (QueryResultsRow row : session.getQueryResults(QUERY)) {
            Object fact = row.get("$h");
            int week = ((Number) type.get(fact, "week")).intValue();
            weeks.computeIfAbsent(week, w -> new TreeMap<>())
                    .put((String) type.get(fact, "muscle"), ((Number) type.get(fact, "count")).doubleValue());
        }
        return weeks;
    }
}
