package com.programaudit.report;

import com.programaudit.audit.AuditReport;

/** One output format: renders one program's report as text. */
public interface ReportFormat {
    String name();

    String extension();

    String render(AuditReport report);

    /** The report as a file's bytes: its text in UTF-8. */
    default byte[] bytes(AuditReport report) {
        return render(report).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
