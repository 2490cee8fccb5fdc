package com.programaudit.engine;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * Which rule an exception from a rule session came from: Drools names it in a ConsequenceException
 * (the {@code then} part) or in the message of a failed condition ([Rule "name" in file]).
 */
public final class RuleFailures {
    private static final Pattern RULE_NAME = Pattern.compile("Rule \"((?:[^\"\\\\]|\\\\.)*)\"");

    private RuleFailures() { }

    /** The rule's name as written after {@code rule}, when the exception names one. */
    public static Optional<String> ruleName(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConsequenceException consequence && consequence.getMatch() != null) {
                return Optional.of(consequence.getMatch().getRule().getName());
            }
            Matcher m = RULE_NAME.matcher(String.valueOf(t.getMessage()));
            if (m.find()) return Optional.of(m.group(1).replace("\\\"", "\""));
        }
        return Optional.empty();
    }

    /** The rule of that name (as the DRL declares it); empty for null or an unknown name. */
    public static Optional<RuleInfo> named(RuleBook book, String name) {
        return book.rules().stream().filter(r -> r.name().equals(name)).findFirst();
    }
}
