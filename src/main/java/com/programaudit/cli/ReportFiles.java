package com.programaudit.cli;

import com.programaudit.audit.AuditReport;
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
import java.util.Map;

/**
 * `audit --out DIR`: one report file per program ({@code <name>.<format>}, or an annotated workbook
 * per readable input), DIR/summary.json for the batch, and DIR/index.html for an HTML batch.
 */
final class ReportFiles {
    private final Path out;

    ReportFiles(Path out) { this.out = out; }

    void write(List<AuditReport> reports, ReportFormat renderer) throws IOException {
        Files.createDirectories(out);
        for (AuditReport report : reports) {
            Files.writeString(out.resolve(report.name() + "." + renderer.extension()), renderer.render(report),
                    StandardCharsets.UTF_8);
        }
        writeSummary(reports);
        if (renderer instanceof HtmlReport) {
            Files.writeString(out.resolve(HtmlIndex.FILE_NAME), HtmlIndex.render(reports, renderer.extension()),
                    StandardCharsets.UTF_8);
        }
    }

    /** --format xlsx: DIR/<report name>.audit.<ext> per readable program, plus DIR/summary.json. */
    void writeWorkbooks(Map<Path, List<AuditReport>> byFile, List<AuditReport> reports, PrintWriter err)
            throws IOException {
        Files.createDirectories(out);
        for (Map.Entry<Path, List<AuditReport>> entry : byFile.entrySet()) {
            byte[] input = null;
            for (AuditReport report : entry.getValue()) {
                if (!report.readable()) {
                    err.println(entry.getKey() + ": could not be read, so there is no annotated workbook: "
                            + report.error().message());
                    continue;
                }
                if (input == null) input = Files.readAllBytes(entry.getKey());
                AnnotatedWorkbook.Result annotated = AnnotatedWorkbook.write(report, input);
                Files.write(out.resolve(AnnotatedWorkbook.fileName(report, annotated.extension())), annotated.bytes());
            }
        }
        writeSummary(reports);
    }

    private void writeSummary(List<AuditReport> reports) throws IOException {
        Files.writeString(out.resolve("summary.json"), JsonReport.summary(reports), StandardCharsets.UTF_8);
    }
}
