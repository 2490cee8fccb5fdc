package com.programaudit.engine;

import com.programaudit.model.Scope;
import com.programaudit.model.Severity;
import java.util.List;

/**
 * A rule's metadata as written in its DRL ({@code @id}, {@code @severity}, …) and where it lives:
 * {@code file} relative to the rules folder, {@code line} of its {@code rule} keyword (for a
 * decision table, its spreadsheet row), 0 when unknown.
 */
public record RuleInfo(String id, String name, Severity severity, Scope scope, List<String> sources,
                       String description, String file, int line) {
    /** "failure/failure_sets.drl:17", the way editors and `rules check` name a place. */
    public String where() { return file + ":" + line; }
}
