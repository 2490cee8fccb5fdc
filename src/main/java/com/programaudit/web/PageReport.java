package com.programaudit.web;

import com.programaudit.audit.AuditReport;
import com.programaudit.fix.FixWriter;
import com.programaudit.report.AnnotatedWorkbook;
import com.programaudit.report.HtmlReport;
import com.programaudit.report.JsonReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One program's report as the upload page shows it: the CLI's HTML report (with the fixed copy's
 * applied and skipped edits) and the downloads — the JSON report, the annotated workbook and the fixed
 * copy — made in memory from the uploaded bytes. A download that cannot be made is left out with a note.
 */
record PageReport(AuditReport report, String html, List<Download> downloads, List<String> notes) {
    private static final Logger LOG = LoggerFactory.getLogger(PageReport.class);

    static PageReport of(AuditReport report, byte[] input) {
        List<Download> downloads = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        downloads.add(new Download("JSON report", report.name() + ".json", Download.contentType("json"),
                new JsonReport().render(report).getBytes(StandardCharsets.UTF_8)));
        AuditReport shown = report;
        if (report.readable()) {
            try {
                AnnotatedWorkbook.Result annotated = AnnotatedWorkbook.write(report, input);
                downloads.add(new Download("annotated workbook", AnnotatedWorkbook.fileName(report, annotated.extension()),
                        Download.contentType(annotated.extension()), annotated.bytes()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot annotate {}", report.file(), e);
                notes.add("The annotated workbook could not be written for this file.");
            }
            try {
                FixWriter.Result fixed = FixWriter.write(report, input);
                // named after the report, so two programs of one file get two fixed copies
                String fileName = report.name() + ".fixed." + fixed.extension();
                // a copy without a single edit is the coach's own file again: nothing to download
                if (fixed.appliedCount() > 0) {
                    downloads.add(new Download("fixed copy (" + fixed.appliedCount()
                            + (fixed.appliedCount() == 1 ? " edit)" : " edits)"), fileName,
                            Download.contentType(fixed.extension()), fixed.bytes()));
                }
                shown = report.withFixed(new AuditReport.FixedCopy(fileName, fixed.edits()));
            } catch (IOException | RuntimeException e) {
                LOG.warn("Cannot write the fixed copy of {}", report.file(), e);
                notes.add("The fixed copy could not be written for this file.");
            }
        }
        return new PageReport(report, new HtmlReport().render(shown), downloads, notes);
    }
}
