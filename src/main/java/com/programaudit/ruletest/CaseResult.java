package com.programaudit.ruletest;

import java.util.List;

/** Outcome of one case: what was missing and what was extra, or why it was not run ({@code skipped}). */
public record CaseResult(RuleCase ruleCase, List<String> missing, List<String> extra, String error, String skipped) {
    public CaseResult(RuleCase ruleCase, List<String> missing, List<String> extra, String error) {
        this(ruleCase, missing, extra, error, null);
    }

    /** A case of a rule the policy switches off: there is nothing to test, and nothing failed. */
    public static CaseResult skipped(RuleCase ruleCase, String why) {
        return new CaseResult(ruleCase, List.of(), List.of(), null, why);
    }

    public boolean isSkipped() { return skipped != null; }

    public boolean passed() { return error == null && missing.isEmpty() && extra.isEmpty(); }

    public String describe() {
        if (error != null) return error;
        StringBuilder text = new StringBuilder();
        missing.forEach(m -> text.append("\n    missing: ").append(m));
        extra.forEach(e -> text.append("\n    unexpected: ").append(e));
        return text.toString();
    }
}
