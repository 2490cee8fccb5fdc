package com.programaudit.engine;

import com.programaudit.model.Finding;
import java.util.List;
import java.util.Map;

/**
 * What one rule session gave: the findings, the policy it ran with (the program's own overrides
 * applied), and the weekly hard sets per muscle as the rules counted them (week → muscle → sets),
 * so charts show the rules' own numbers.
 */
public record Audit(List<Finding> findings, Policy policy, Map<Integer, Map<String, Double>> hardSets) {
    public Audit {
        findings = List.copyOf(findings);
        hardSets = Map.copyOf(hardSets);
    }
}
