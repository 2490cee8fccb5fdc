package com.programaudit.report;

import static com.programaudit.report.Html.esc;
import static com.programaudit.report.Html.href;

import com.programaudit.audit.AuditReport;
import com.programaudit.audit.ReportLine;
import com.programaudit.model.Severity;
import java.util.List;

/** index.html of a batch written with --format html: every program's report with its counts, unreadable files with their error. */
public final class HtmlIndex {
    private HtmlIndex() { }

    public static final String FILE_NAME = "index.html";

    /** @param reportExtension the extension the linked reports were written with ("html") */
    public static String render(List<ReportLine> reports, String reportExtension) {
        StringBuilder out = new StringBuilder();
        HtmlPage.open(out, "Program audit: " + reports.size() + (reports.size() == 1 ? " report" : " reports"));
        long unreadable = reports.stream().filter(r -> !r.readable()).count();
        out.append("<header><p class=\"eyebrow\">Program audit</p><h1>").append(reports.size() - unreadable)
                .append(reports.size() - unreadable == 1 ? " program" : " programs").append("</h1><p class=\"file\">")
                .append(total(reports, Severity.ERROR)).append(" errors, ").append(total(reports, Severity.WARNING))
                .append(" warnings, ").append(total(reports, Severity.INFO)).append(" infos, ").append(unreadable)
                .append(" unreadable</p></header>\n");
        out.append("<table class=\"index\">\n<tr><th>Program</th><th>File</th><th>Errors</th><th>Warnings</th><th>Infos</th></tr>\n");
        for (ReportLine r : reports) {
            String link = "<a href=\"" + href(r.report() + "." + reportExtension) + "\">";
            if (r.readable()) {
                out.append("<tr><td>").append(link).append(esc(r.programName())).append("</a></td><td>")
                        .append(esc(r.file())).append("</td>");
                for (Severity s : Severity.values()) {
                    long n = r.count(s);
                    out.append("<td class=\"n\">").append(n == 0 ? "0" : "<span class=\"badge " + s.label() + "\">" + n + "</span>")
                            .append("</td>");
                }
                out.append("</tr>\n");
            } else {
                AuditReport.ReadError e = r.error();
                out.append("<tr><td>").append(link).append("unreadable</a></td><td>").append(esc(r.file()))
                        .append("</td><td colspan=\"3\">").append(esc(e.message()));
                if (e.sheet() != null) out.append(" <span class=\"where\">sheet ").append(esc(e.sheet())).append("</span>");
                if (e.cell() != null) out.append(" <span class=\"where\">cell <code>").append(esc(e.cell())).append("</code></span>");
                out.append("</td></tr>\n");
            }
        }
        out.append("</table>\n");
        HtmlPage.close(out);
        return out.toString();
    }

    private static long total(List<ReportLine> reports, Severity severity) {
        return reports.stream().mapToLong(r -> r.count(severity)).sum();
    }
}
