package com.programaudit.model;

/**
 * What happened to one proposed cell edit when a fixed copy was written: applied, or skipped with the
 * reason (the cell changed since the audit, another finding's edit won the cell, ...).
 */
public record EditResult(CellEdit edit, String rule, Severity severity, boolean applied, String reason) {

    public static EditResult applied(CellEdit edit, Finding finding) {
        return new EditResult(edit, finding.getRule(), finding.getSeverity(), true, null);
    }

    public static EditResult skipped(CellEdit edit, Finding finding, String reason) {
        return new EditResult(edit, finding.getRule(), finding.getSeverity(), false, reason);
    }
}
