package com.programaudit.cli;

import com.programaudit.audit.AuditReport;
import com.programaudit.audit.BatchAudit;
import com.programaudit.audit.ReportLine;
import com.programaudit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where `audit` puts each input's reports as the batch hands them over: the fixed copy (--fix), then
 * the report files (--out) or stdout. Only each report's summary line is kept afterwards, for
 * summary.json, index.html, the totals and the exit status.
 */
final class BatchOutput implements BatchAudit.FileReports {
    private final ReportFormat renderer; // null: annotated workbooks
    private final ReportFiles files;     // null: reports go to stdout
    private final FixedCopies fixes;     // null: no --fix
    private final PrintWriter stdout;
    private final PrintWriter err;
    private final List<ReportLine> lines = new ArrayList<>();

    BatchOutput(ReportFormat renderer, Path out, boolean fix, PrintWriter stdout, PrintWriter err) throws IOException {
        this.renderer = renderer;
        this.files = out == null ? null : new ReportFiles(out);
        this.fixes = fix ? new FixedCopies(out, err) : null;
        this.stdout = stdout;
        this.err = err;
    }

    @Override public void accept(Path input, List<AuditReport> reports) throws IOException {
        if (fixes != null) reports = fixes.write(input, reports);
        if (renderer == null) files.writeWorkbooks(input, reports, err);
        for (AuditReport report : reports) {
            if (renderer != null) write(report);
            lines.add(ReportLine.of(report, input.toString()));
        }
    }

    private void write(AuditReport report) throws IOException {
        if (files != null) {
            files.write(report, renderer);
            return;
        }
        stdout.print(renderer.render(report));
        if (renderer.name().equals("text")) stdout.println();
        stdout.flush();
    }

    /** Writes summary.json (and index.html) when reports went to a folder; returns every report's line. */
    List<ReportLine> finish() throws IOException {
        if (files != null) files.writeSummary(lines, renderer);
        stdout.flush();
        return lines;
    }
}
