package com.programaudit.ruletest;

import java.util.List;

/** Outcome of one case: what was missing and what was extra. */
public record CaseResult(RuleCase ruleCase, List<String> missing, List<String> extra, String error) {
    public boolean passed() { return error == null && missing.isEmpty() && extra.isEmpty(); }

    public String describe() {
        if (error != null) return error;
        StringBuilder text = new StringBuilder();
        missing.forEach(m -> text.append("\n    missing: ").append(m));
        extra.forEach(e -> text.append("\n    unexpected: ").append(e));
        return text.toString();
    }
}
