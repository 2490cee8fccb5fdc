package com.programaudit.ruletest;

import java.nio.file.Path;

/**
 * One data-driven case: a small program and the findings it must produce. {@code rule} limits the
 * comparison to one rule (a folder under rules/tests/); null compares every scored rule.
 */
public record RuleCase(String rule, String name, Path input, Path expected) {
    public String title() { return (rule == null ? "" : rule + "/") + name; }
}
