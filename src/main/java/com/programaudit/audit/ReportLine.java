package com.programaudit.audit;

import com.programaudit.model.Severity;
import java.util.Arrays;

/**
 * What a batch keeps of one report once it is written: the line of summary.json and index.html.
 * A batch holds one of these per program, never the program itself, so its memory does not grow with
 * the programs' size. {@code programName} is null and {@code error} set when the file was unreadable.
 */
public record ReportLine(String file, String path, String report, String programName, long errors, long warnings,
                         long infos, AuditReport.ReadError error, int suppressed) {

    /** {@code path}: the input as the batch found it, so coachA/client.xlsx and coachB/client.xlsx stay apart. */
    public static ReportLine of(AuditReport report, String path) {
        return new ReportLine(report.file(), path, report.name(), report.readable() ? report.program().getName() : null,
                report.count(Severity.ERROR), report.count(Severity.WARNING), report.count(Severity.INFO),
                report.error(), report.suppressed().size());
    }

    public boolean readable() { return error == null; }

    public long count(Severity severity) {
        return switch (severity) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> infos;
        };
    }

    /** True when a finding is at least as serious as {@code threshold}. */
    public boolean reaches(Severity threshold) {
        return Arrays.stream(Severity.values()).anyMatch(s -> s.atLeast(threshold) && count(s) > 0);
    }
}
