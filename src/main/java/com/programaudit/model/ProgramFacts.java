package com.programaudit.model;

import java.util.List;

/** Everything the importer read from one program, ready to be inserted into a rule session. */
public record ProgramFacts(Program program, List<Week> weeks, List<Session> sessions, List<ExerciseEntry> entries,
                           List<PlannedSet> sets, List<DataIssue> dataIssues) {
    public ProgramFacts {
        weeks = List.copyOf(weeks);
        sessions = List.copyOf(sessions);
        entries = List.copyOf(entries);
        sets = List.copyOf(sets);
        dataIssues = List.copyOf(dataIssues);
    }
}
