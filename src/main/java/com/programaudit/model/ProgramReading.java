package com.programaudit.model;

import java.util.List;

/**
 * How a file was understood, so a coach can trust or correct the reading: the layout and sheets
 * read and why, and what was counted. Sessions are training days; entries an exercise within one
 * session; failure sets follow RULES.md and conditioning never counts as lifting.
 */
public record ProgramReading(String layout, String why, List<String> sheets, int sessions, int entries,
                             int workingSets, int failureSets, int beyondFailureSets, int warmupSets,
                             int conditioningEntries, List<String> sheetsWithoutRows) {
    public ProgramReading {
        sheets = List.copyOf(sheets);
        sheetsWithoutRows = List.copyOf(sheetsWithoutRows);
    }

    /**
     * Where a reading came from, before anything is counted. {@code sheetsWithoutRows}: the file's other sheets, from
     * which no exercise row was read ({@code show} lists them; the reports' {@code read} keeps its fields).
     */
    public record Source(String layout, String why, List<String> sheets, List<String> sheetsWithoutRows) { }
}
