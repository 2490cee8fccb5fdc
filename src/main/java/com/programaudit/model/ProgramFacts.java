package com.programaudit.model;

import java.util.List;

/**
 * Everything the importer read from one program, ready to be inserted into a rule session; the
 * settings are the coach's own label/value cells, which may override the policy for this program;
 * the ignores are the coach's {@code audit-ignore} markers, applied to the findings afterwards.
 */
public record ProgramFacts(Program program, List<Week> weeks, List<Session> sessions, List<ExerciseEntry> entries,
                           List<PlannedSet> sets, List<DataIssue> dataIssues, List<Setting> settings,
                           List<IgnoreMarker> ignores) {
    public ProgramFacts(Program program, List<Week> weeks, List<Session> sessions, List<ExerciseEntry> entries,
                        List<PlannedSet> sets, List<DataIssue> dataIssues, List<Setting> settings) {
        this(program, weeks, sessions, entries, sets, dataIssues, settings, List.of());
    }

    /** These facts with the file's markers, and the markers' own problems as data issues. */
    public ProgramFacts withIgnores(List<IgnoreMarker> markers, List<DataIssue> problems) {
        List<DataIssue> issues = new java.util.ArrayList<>(dataIssues);
        issues.addAll(problems);
        return new ProgramFacts(program, weeks, sessions, entries, sets, issues, settings, markers);
    }

    public ProgramFacts {
        ignores = List.copyOf(ignores);
        weeks = List.copyOf(weeks);
        sessions = List.copyOf(sessions);
        entries = List.copyOf(entries);
        sets = List.copyOf(sets);
        dataIssues = List.copyOf(dataIssues);
        settings = List.copyOf(settings);
    }
}
