package com.programaudit.report;

import com.programaudit.audit.AuditReport;
import com.programaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The first thing a coach reads: whether anything needs fixing. A clean program says so plainly
 * instead of leaving the coach to scan a list of notes.
 */
public final class Verdict {
    private Verdict() { }

    public static String of(AuditReport report) {
        return of(report, VolumeTable.of(report).orElse(null));
    }

    /** The verdict of a report whose volume table (null when none) the caller has already made. */
    static String of(AuditReport report, VolumeTable table) {
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        // weekly volume notes are cells of the volume table, not notes in the list
        long infos = VolumeTable.listed(report.findings()).stream().filter(f -> f.getSeverity() == Severity.INFO).count();
        String volume = table == null ? "" : table.verdictPart();
        List<String> more = new ArrayList<>();
        if (infos > 0) more.add(Words.count(infos, "note") + " below");
        if (!volume.isEmpty()) more.add(volume);
        if (errors + warnings == 0) {
            return "No problems found: no errors or warnings" + (more.isEmpty() ? "." : " (" + String.join("; ", more) + ").");
        }
        String problems = errors == 0 ? Words.count(warnings, "warning")
                : warnings == 0 ? Words.count(errors, "error") : Words.count(errors, "error") + " and " + Words.count(warnings, "warning");
        return problems + " to look at" + (more.isEmpty() ? "." : "; " + String.join("; ", more) + ".");
    }
}
