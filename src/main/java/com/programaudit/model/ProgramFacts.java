package com.programaudit.model;

import java.util.List;

/**
 * Everything the importer read from one program, ready to be inserted into a rule session; the
 * settings are the coach's own label/value cells, which may override the policy for this program.
 */
public record ProgramFacts(Program program, List<Week> weeks, List<Session> sessions, List<ExerciseEntry> entries,
                           List<PlannedSet> sets, List<DataIssue> dataIssues, List<Setting> settings) {
    public ProgramFacts {
        weeks = List.copyOf(weeks);
        sessions = List.copyOf(sessions);
        entries = List.copyOf(entries);
        sets = List.copyOf(sets);
        dataIssues = List.copyOf(dataIssues);
        settings = List.copyOf(settings);
    }
}
