package com.programaudit.cli;

import com.programaudit.audit.AuditReport;
import com.programaudit.audit.ReportLine;
import com.programaudit.report.AnnotatedWorkbook;
import com.programaudit.report.HtmlIndex;
import com.programaudit.report.HtmlReport;
import com.programaudit.report.JsonReport;
import com.programaudit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * `audit --out DIR`: one report file per program ({@code <name>.<format>}, or an annotated workbook
 * per readable input), each written as soon as its program is audited; then DIR/summary.json for the
 * batch, and DIR/index.html for an HTML batch, from the reports' summary lines.
 */
final class ReportFiles {
    private final Path out;

    ReportFiles(Path out) throws IOException {
        this.out = Files.createDirectories(out);
    }

    void write(AuditReport report, ReportFormat renderer) throws IOException {
        Files.writeString(out.resolve(report.name() + "." + renderer.extension()), renderer.render(report),
                StandardCharsets.UTF_8);
    }

    /** --format xlsx: DIR/<report name>.audit.<ext> per readable program of one input. */
    void writeWorkbooks(Path input, List<AuditReport> reports, PrintWriter err) throws IOException {
        byte[] bytes = null;
        for (AuditReport report : reports) {
            if (!report.readable()) {
                err.println(input + ": could not be read, so there is no annotated workbook: " + report.error().message());
                continue;
            }
            if (bytes == null) bytes = Files.readAllBytes(input);
            AnnotatedWorkbook.Result annotated = AnnotatedWorkbook.write(report, bytes);
            Files.write(out.resolve(AnnotatedWorkbook.fileName(report, annotated.extension())), annotated.bytes());
        }
    }

    /** DIR/summary.json, and DIR/index.html when the reports are HTML ({@code renderer} null for workbooks). */
    void writeSummary(List<ReportLine> lines, ReportFormat renderer) throws IOException {
        Files.writeString(out.resolve("summary.json"), JsonReport.summary(lines), StandardCharsets.UTF_8);
        if (renderer instanceof HtmlReport) {
            Files.writeString(out.resolve(HtmlIndex.FILE_NAME), HtmlIndex.render(lines, renderer.extension()),
                    StandardCharsets.UTF_8);
        }
    }
}
