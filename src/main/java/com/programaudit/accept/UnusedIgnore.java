package com.programaudit.accept;

import com.programaudit.model.Finding;
import com.programaudit.model.Fix;
import com.programaudit.model.Location;
import com.programaudit.model.Severity;
import java.util.Collection;
import java.util.List;

/**
 * The info finding for an ignore that accepted nothing (as ESLint reports an unused disable directive):
 * the problem was fixed, or the marker names the wrong rule or row. Made here, not by a rule file.
 */
public final class UnusedIgnore {
    public static final String RULE = "UNUSED_IGNORE";

    private UnusedIgnore() { }

    /** At the marker's cell; {@code knownRules} tells a misspelt rule id from a problem that is gone. */
    public static Finding at(String sheet, String cell, List<String> rules, String what, Collection<String> knownRules) {
        List<String> unknown = rules.stream().filter(r -> !knownRules.contains(r)).toList();
        String message = unknown.isEmpty()
                ? what + " accepts " + (rules.isEmpty() ? "every rule" : String.join(", ", rules))
                        + " here, but no such finding is left; the problem is gone or it is on another row."
                : what + " names " + String.join(", ", unknown) + ", which is no rule, so it accepts nothing.";
        return new Finding(RULE, Severity.INFO, message, List.of(), new Location(sheet, cell, null, null, null, null,
                null, null, null), Fix.advice(unknown.isEmpty() ? "Remove the marker, or name the rule and row it is meant for."
                : "Write a rule id as `rules list` gives it."));
    }
}
