package com.programaudit.audit;

import com.programaudit.model.Finding;
import com.programaudit.model.Program;
import com.programaudit.model.Severity;
import java.util.List;

/**
 * The audit of one program, or the reason its file could not be read ({@code error} set, no program).
 * {@code name} is the report's file name without extension.
 */
public record AuditReport(String file, String name, Program program, List<Finding> findings, ReadError error) {

    public record ReadError(String message, String sheet, String cell) { }

    public static AuditReport unreadable(String file, String name, ReadError error) {
        return new AuditReport(file, name, null, List.of(), error);
    }

    public boolean readable() { return error == null; }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.getSeverity() == severity).count();
    }

    /** True when a finding is at least as serious as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.getSeverity().atLeast(threshold));
    }
}
