package com.programaudit.report;

import com.programaudit.audit.AuditReport;

/** One output format: renders one program's report as text. */
public interface ReportFormat {
    String name();

    String extension();

    String render(AuditReport report);
}
