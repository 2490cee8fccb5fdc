package com.programaudit.audit;

import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Program;
import com.programaudit.model.Severity;
import java.util.List;

/**
 * The audit of one program, or the reason its file could not be read ({@code error} set, no program).
 * {@code name} is the report's file name without extension; {@code load} the weekly effort the charts
 * show (null when unreadable); {@code fixed} what {@code --fix} did to a copy (null when not asked).
 */
public record AuditReport(String file, String name, Program program, List<Finding> findings, ReadError error,
                          WeeklyLoad load, FixedCopy fixed, List<Accepted> suppressed) {

    public AuditReport {
        findings = List.copyOf(findings);
        suppressed = List.copyOf(suppressed);
    }

    public AuditReport(String file, String name, Program program, List<Finding> findings, ReadError error,
                       WeeklyLoad load, FixedCopy fixed) {
        this(file, name, program, findings, error, load, fixed, List.of());
    }

    public record ReadError(String message, String sheet, String cell) {
        /** "FILE, sheet S, cell C: cannot read: MESSAGE", the one line a person reads for it. */
        public String line(String file) {
            StringBuilder out = new StringBuilder(file);
            if (sheet != null) out.append(", sheet ").append(sheet);
            if (cell != null) out.append(", cell ").append(cell);
            return out.append(": cannot read: ").append(message).toString();
        }
    }

    /** The fixed copy written for this report's input, and what happened to each proposed edit. */
    public record FixedCopy(String file, List<EditResult> edits) {
        public FixedCopy {
            edits = List.copyOf(edits);
        }

        public List<EditResult> applied() { return edits.stream().filter(EditResult::applied).toList(); }

        public List<EditResult> skipped() { return edits.stream().filter(e -> !e.applied()).toList(); }
    }

    public static AuditReport unreadable(String file, String name, ReadError error) {
        return new AuditReport(file, name, null, List.of(), error, null, null);
    }

    /** This report under another name (two reports of a batch must not share one). */
    public AuditReport withName(String newName) {
        return new AuditReport(file, newName, program, findings, error, load, fixed, suppressed);
    }

    /** This report with the outcome of {@code --fix} attached. */
    public AuditReport withFixed(FixedCopy copy) {
        return new AuditReport(file, name, program, findings, error, load, copy, suppressed);
    }

    /** This report with other counted findings and the accepted ones added to those it had. */
    public AuditReport withAccepted(List<Finding> counted, List<Accepted> accepted) {
        List<Accepted> all = new java.util.ArrayList<>(suppressed);
        all.addAll(accepted);
        return new AuditReport(file, name, program, counted, error, load, fixed, all);
    }

    public boolean readable() { return error == null; }

    public long count(Severity severity) {
        long n = 0;
        for (Finding finding : findings) if (finding.getSeverity() == severity) n++;
        return n;
    }

    /** True when a finding is at least as serious as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return findings.stream().anyMatch(f -> f.getSeverity().atLeast(threshold));
    }
}
