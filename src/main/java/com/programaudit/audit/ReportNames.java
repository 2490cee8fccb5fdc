package com.programaudit.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Keeps report names unique in a batch, so that no report overwrites another: two clients whose
 * names make the same file name, or {@code dan.csv} beside {@code dan.xlsx}. Later ones get -2, -3 …
 * Names are compared ignoring case, as on Windows and macOS disks.
 */
final class ReportNames {
    private ReportNames() { }

    static List<AuditReport> unique(List<AuditReport> reports) {
        Set<String> taken = new HashSet<>();
        List<AuditReport> renamed = new ArrayList<>(reports.size());
        for (AuditReport report : reports) {
            String name = report.name();
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = report.name() + "-" + n;
            renamed.add(name.equals(report.name()) ? report
                    : new AuditReport(report.file(), name, report.program(), report.findings(), report.error()));
        }
        return renamed;
    }
}
