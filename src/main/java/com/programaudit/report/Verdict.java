package com.programaudit.report;

import com.programaudit.audit.AuditReport;
import com.programaudit.model.Severity;

/**
 * The first thing a coach reads: whether anything needs fixing. A clean program says so plainly
 * instead of leaving the coach to scan a list of notes.
 */
public final class Verdict {
    private Verdict() { }

    public static String of(AuditReport report) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        long infos = report.count(Severity.INFO);
        if (errors + warnings == 0) {
            return "No problems found: no errors or warnings" + (infos == 0 ? "." : " (" + Words.count(infos, "note") + " below).");
        }
        String problems = errors == 0 ? Words.count(warnings, "warning")
                : warnings == 0 ? Words.count(errors, "error") : Words.count(errors, "error") + " and " + Words.count(warnings, "warning");
        return problems + " to look at" + (infos == 0 ? "." : ", and " + Words.count(infos, "note") + ".");
    }
}
