package com.programaudit.cli;

import com.programaudit.files.AtomicFiles;
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
 * per readable input), each written as soon as its program is audited; DIR/summary.json for the batch,
 * and DIR/index.html for an HTML batch, from the reports' summary lines. Names come from
 * {@link OutputNames}; every file is written whole or not at all ({@link AtomicFiles}).
 */
final class ReportFiles {
    private final Path out;
    private final OutputNames names;
    private final PrintWriter err;

    ReportFiles(Path out, OutputNames names, PrintWriter err) throws IOException {
        this.out = Files.createDirectories(out);
        this.names = names;
        this.err = err;
    }

    /** The report under the name its file will have (unchanged unless that name is taken). */
    AuditReport named(AuditReport report, ReportFormat renderer) {
        return names.report(out, report, renderer.extension());
    }

    /** Writes a report {@link #named} before. */
    void write(AuditReport report, ReportFormat renderer, byte[] bytes) throws IOException {
        AtomicFiles.replace(out.resolve(report.name() + "." + renderer.extension()), bytes);
    }

    /**
     * --format xlsx: DIR/<report name>.audit.<ext> for a readable program of {@code input}, or a free
     * name (with a line saying so) when a file of that name exists.
     */
    void writeWorkbook(Path input, AuditReport report, byte[] bytes) throws IOException {
        AnnotatedWorkbook.Result annotated = AnnotatedWorkbook.write(report, bytes);
        String wanted = AnnotatedWorkbook.fileName(report, annotated.extension());
        names.createWorkbook(out, wanted, annotated.bytes(), input, "annotated workbook", err);
    }

    /** DIR/summary.json, and DIR/index.html when the reports are HTML ({@code renderer} null for workbooks). */
    void writeSummary(List<ReportLine> lines, ReportFormat renderer) throws IOException {
        AtomicFiles.replace(out.resolve(OutputNames.SUMMARY), JsonReport.summary(lines).getBytes(StandardCharsets.UTF_8));
        if (renderer instanceof HtmlReport) {
            AtomicFiles.replace(out.resolve(HtmlIndex.FILE_NAME),
                    HtmlIndex.render(lines, renderer.extension()).getBytes(StandardCharsets.UTF_8));
        }
    }
}
