package com.programaudit.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps report names unique in a batch, so that no report overwrites another: two clients whose
 * names make the same file name, or {@code dan.csv} beside {@code dan.xlsx}. Later ones get -2, -3 …
 * Names are compared ignoring case, as on Windows and macOS disks. One instance remembers the names
 * a batch has given so far (only the names: the reports themselves are gone once written).
 */
final class ReportNames {
    private final Set<String> taken = new HashSet<>();

    /** The reports of one file alone, unique among themselves. */
    static List<AuditReport> unique(List<AuditReport> reports) {
        return new ReportNames().next(reports);
    }

    /** The reports of the next file, renamed where a name is already taken by an earlier file's report. */
    List<AuditReport> next(List<AuditReport> reports) {
        List<AuditReport> renamed = new ArrayList<>(reports.size());
        for (AuditReport report : reports) {
            String name = report.name();
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = report.name() + "-" + n;
            renamed.add(name.equals(report.name()) ? report : report.withName(name));
        }
        return renamed;
    }
}
