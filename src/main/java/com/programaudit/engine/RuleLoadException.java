package com.programaudit.engine;

import java.util.List;

/** The rules folder does not load; each problem is "file:line: message". */
public class RuleLoadException extends Exception {
    private final List<String> problems;

    public RuleLoadException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public RuleLoadException(String problem) { this(List.of(problem)); }

    public List<String> problems() { return problems; }
}
