package com.programaudit.web;

import com.programaudit.audit.AuditReport;
import com.programaudit.report.ReportFormat;
import com.programaudit.report.ReportFormats;
import org.apache.commons.text.StringEscapeUtils;

/**
 * The report as the page shows it: the CLI's HTML report when that format is registered, otherwise
 * the CLI's text report in a pre block. Either way a whole HTML document, shown in a sandboxed frame.
 */
final class ReportView {
    private ReportView() { }

    static String html(AuditReport report) {
        return ReportFormats.byName("html").map(f -> f.render(report)).orElseGet(() -> textPage(report));
    }

    private static String textPage(AuditReport report) {
        ReportFormat text = ReportFormats.byName("text").orElseThrow();
        return "<!doctype html><html><head><meta charset=\"utf-8\"><style>body{margin:0;font:14px/1.4 "
                + "ui-monospace,monospace}pre{margin:1rem;white-space:pre-wrap}</style></head><body><pre>"
                + StringEscapeUtils.escapeHtml4(text.render(report)) + "</pre></body></html>";
    }
}
