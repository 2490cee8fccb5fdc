package com.programaudit.audit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return unique(reports, new HashSet<>());
    }

    /** The reports of each file, renamed where a name is already taken by an earlier file's report. */
    static <K> Map<K, List<AuditReport>> unique(Map<K, List<AuditReport>> reportsByFile) {
        Set<String> taken = new HashSet<>();
        Map<K, List<AuditReport>> renamed = new LinkedHashMap<>();
        reportsByFile.forEach((file, reports) -> renamed.put(file, unique(reports, taken)));
        return renamed;
    }

    private static List<AuditReport> unique(List<AuditReport> reports, Set<String> taken) {
        List<AuditReport> renamed = new ArrayList<>(reports.size());
        for (AuditReport report : reports) {
            String name = report.name();
            for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) name = report.name() + "-" + n;
            renamed.add(name.equals(report.name()) ? report : report.withName(name));
        }
        return renamed;
    }
}
