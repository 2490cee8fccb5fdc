package com.programaudit.ruletest;

import java.nio.file.Path;
import java.util.Map;

/**
 * One data-driven case: a small program and the findings it must produce. {@code rule} limits the
 * comparison to one rule (a folder under rules/tests/); null compares every scored rule. {@code policy}
 * holds the thresholds the case was written for (rules/tests/policy.properties), run on top of the
 * rules folder's own policy; the case's expected.json may add its own ("policy": {...}).
 */
public record RuleCase(String rule, String name, Path input, Path expected, Map<String, String> policy) {
    public RuleCase {
        policy = Map.copyOf(policy);
    }

    public RuleCase(String rule, String name, Path input, Path expected) {
        this(rule, name, input, expected, Map.of());
    }

    public String title() { return (rule == null ? "" : rule + "/") + name; }
}
