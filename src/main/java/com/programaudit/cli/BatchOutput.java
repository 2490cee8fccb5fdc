package com.programaudit.cli;

import com.programaudit.audit.AuditReport;
import com.programaudit.audit.BatchAudit;
import com.programaudit.audit.ReportLine;
import com.programaudit.report.HtmlIndex;
import com.programaudit.report.ReportFormat;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where `audit` puts each input's reports as the batch hands them over: the fixed copy (--fix), then
 * the report files (--out) or stdout. Only each report's summary line is kept afterwards, for
 * summary.json, index.html, the totals and the exit status. A file that cannot be written (POI
 * failing on an odd workbook, a full disk) is that input's error, told like an unreadable input; the
 * batch goes on (an AssertionError counts too: a library's own check failing on an odd file when
 * assertions are on). summary.json is rewritten as the batch goes (at most once a second), so a run that
 * is killed leaves a valid summary of what it wrote.
 */
final class BatchOutput implements BatchAudit.FileReports {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(BatchOutput.class);
    private static final long SUMMARY_EVERY_NANOS = 1_000_000_000L;
    private final ReportFormat renderer; // null: annotated workbooks
    private final ReportFiles files;     // null: reports go to stdout
    private final FixedCopies fixes;     // null: no --fix
    private final PrintWriter stdout;
    private final PrintWriter err;
    private final List<ReportLine> lines = new ArrayList<>();
    private long lastSummary = System.nanoTime() - SUMMARY_EVERY_NANOS;
    private boolean summaryFailed;

    BatchOutput(ReportFormat renderer, Path out, boolean fix, List<Path> inputs, PrintWriter stdout, PrintWriter err)
            throws IOException {
        OutputNames names = new OutputNames(inputs, out, HtmlIndex.FILE_NAME);
        this.renderer = renderer;
        this.files = out == null ? null : new ReportFiles(out, names, err);
        this.fixes = fix ? new FixedCopies(out, names, err) : null;
        this.stdout = stdout;
        this.err = err;
    }

    @Override public void accept(Path input, List<AuditReport> reports) {
        Input in = new Input(input);
        if (fixes != null) reports = fixed(in, reports);
        if (renderer == null) reports = workbooks(in, reports);
        for (AuditReport report : reports) {
            if (renderer != null) report = write(input, report);
            // a batch written to a folder names each file it could not read, as the workbook format does
            if (renderer != null && files != null && !report.readable()) err.println(report.error().line(input.toString()));
            lines.add(ReportLine.of(report, input.toString()));
        }
        summary(false);
    }

    /** The input's bytes, read once for its fixed copy and its annotated workbooks. */
    private static final class Input {
        final Path path;
        private byte[] bytes;

        Input(Path path) { this.path = path; }

        byte[] bytes() throws IOException {
            if (bytes == null) bytes = Files.readAllBytes(path);
            return bytes;
        }
    }

    private List<AuditReport> fixed(Input input, List<AuditReport> reports) {
        try {
            return fixes.write(input.path, input.bytes(), reports);
        } catch (Exception | StackOverflowError | AssertionError e) {
            String why = because(input.path, "its fixed copy", e);
            return reports.stream().map(r -> r.readable() ? failed(r, why) : r).toList();
        }
    }

    private List<AuditReport> workbooks(Input input, List<AuditReport> reports) {
        List<AuditReport> written = new ArrayList<>();
        for (AuditReport report : reports) {
            if (!report.readable()) {
                err.println(input.path + ": no annotated workbook: " + report.error().message());
                written.add(report);
                continue;
            }
            try {
                files.writeWorkbook(input.path, report, input.bytes());
                written.add(report);
            } catch (Exception | StackOverflowError | AssertionError e) {
                written.add(failed(report, because(input.path, "the annotated workbook of " + report.name(), e)));
            }
        }
        return written;
    }

    /** Renders and writes (or prints) one report; returns it as summary.json should tell it. */
    private AuditReport write(Path input, AuditReport report) {
        if (files != null) report = files.named(report, renderer);
        Rendered rendered;
        try {
            rendered = render(report);
        } catch (Exception | StackOverflowError | AssertionError e) {
            report = failed(report, because(input, "its " + renderer.name() + " report", e));
            try {
                rendered = render(report);
            } catch (Exception | StackOverflowError | AssertionError again) {
                return report;
            }
        }
        if (files == null) {
            if (renderer.name().equals("json")) printJson(rendered.text());
            else {
                stdout.print(rendered.text());
                if (renderer.name().equals("text")) stdout.println();
            }
            stdout.flush();
            return report;
        }
        try {
            files.write(report, renderer, rendered.bytes());
            return report;
        } catch (Exception | StackOverflowError | AssertionError e) {
            return failed(report, because(input, report.name() + "." + renderer.extension(), e));
        }
    }

    /**
     * JSON on stdout is one JSON text a script can parse: one report as it is, several (files, or clients of one file)
     * in {@code {"schema":1,"reports":[…]}} as the web API answers them. The first is held until a second comes or
     * the run ends, so nothing more is kept.
     */
    private void printJson(String report) {
        if (reportsPrinted == 0) {
            heldJson = report;
        } else {
            if (reportsPrinted == 1) {
                stdout.print("{\n  \"schema\" : 1,\n  \"reports\" : [ ");
                stdout.print(heldJson.strip());
                heldJson = null;
            }
            stdout.print(", ");
            stdout.print(report.strip());
        }
        reportsPrinted++;
    }

    private String heldJson;
    private int reportsPrinted;

    /** Ends what {@link #printJson} began. */
    private void endJson() {
        if (heldJson != null) stdout.print(heldJson);
        else if (reportsPrinted > 1) stdout.print(" ]\n}\n");
        heldJson = null;
    }

    /** A report as printed (text) or as written to its file (bytes). */
    private record Rendered(String text, byte[] bytes) { }

    private Rendered render(AuditReport report) {
        return files == null ? new Rendered(renderer.render(report), null) : new Rendered(null, renderer.bytes(report));
    }

    /** Says on stderr what could not be written and why; returns the reason for the report. */
    private String because(Path input, String what, Throwable e) {
        LOG.debug("Writing {} of {} failed", what, input, e);
        String why = what + " could not be written: " + ErrorWords.of(e);
        err.println(input + ": " + why);
        return why;
    }

    private static AuditReport failed(AuditReport report, String why) {
        return AuditReport.unreadable(report.file(), report.name(),
                new AuditReport.ReadError("The file was audited, but " + why, null, null));
    }

    /** Rewrites summary.json (and index.html) when a second has passed since the last time, or at the end. */
    private void summary(boolean last) {
        if (files == null || !last && System.nanoTime() - lastSummary < SUMMARY_EVERY_NANOS) return;
        lastSummary = System.nanoTime();
        try {
            files.writeSummary(lines, renderer);
            summaryFailed = false;
        } catch (IOException | RuntimeException e) {
            if (last || !summaryFailed) {
                err.println("summary.json could not be written" + (last ? "" : " yet") + ": " + ErrorWords.of(e));
            }
            summaryFailed = true;
        }
    }

    /** Writes summary.json (and index.html) when reports went to a folder; returns every report's line. */
    List<ReportLine> finish() {
        summary(true);
        if (files == null) endJson();
        stdout.flush();
        return lines;
    }

    /** False when the last summary.json could not be written (a full disk): the run then ends with exit 2. */
    boolean summaryWritten() { return !summaryFailed; }
}
