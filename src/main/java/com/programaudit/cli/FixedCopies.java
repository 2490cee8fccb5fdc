package com.programaudit.cli;

import com.programaudit.audit.AuditReport;
import com.programaudit.fix.FixWriter;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --fix}: writes {@code <input name>.fixed.<ext>} for each readable input, into the --out folder or
 * else next to the input, lists the edits on stderr, and attaches them to the reports. An existing file of
 * that name (perhaps a fixed copy the coach went on editing) is never replaced: the copy takes a free
 * name ({@code plan.fixed-2.xlsx}) and a line says so.
 */
final class FixedCopies {
    private final Path out;
    private final OutputNames names;
    private final PrintWriter err;

    FixedCopies(Path out, OutputNames names, PrintWriter err) {
        this.out = out;
        this.names = names;
        this.err = err;
    }

    /** The reports of {@code input}, with the outcome of its fixed copy attached (unchanged when none is readable). */
    List<AuditReport> write(Path input, byte[] bytes, List<AuditReport> reports) throws IOException {
        if (reports.stream().noneMatch(AuditReport::readable)) return reports;
        List<Finding> findings = new ArrayList<>();
        reports.forEach(r -> findings.addAll(r.findings()));
        String inputName = input.getFileName().toString();
        FixWriter.Result fixed = FixWriter.write(inputName, bytes, findings);
        Path folder = out != null ? out : input.toAbsolutePath().getParent();
        String wanted = FixWriter.fileName(inputName, fixed.extension());
        Path target = names.createWorkbook(folder, wanted, fixed.bytes(), input, "fixed copy", err);
        tell(target, fixed.edits());
        List<AuditReport> withFixes = new ArrayList<>();
        for (AuditReport report : reports) {
            withFixes.add(report.readable() ? report.withFixed(new AuditReport.FixedCopy(
                    target.getFileName().toString(), ofReport(report, fixed.edits()))) : report);
        }
        return withFixes;
    }

    /** A file with several programs has one fixed copy; each report lists the edits of its own findings. */
    private static List<EditResult> ofReport(AuditReport report, List<EditResult> edits) {
        return edits.stream().filter(e -> report.findings().stream()
                .anyMatch(f -> f.getRule().equals(e.rule()) && f.getFix().getEdits().contains(e.edit()))).toList();
    }

    private void tell(Path target, List<EditResult> edits) {
        long applied = edits.stream().filter(EditResult::applied).count();
        err.printf("%s: %d edits applied, %d skipped%n", target, applied, edits.size() - applied);
        for (EditResult e : edits) {
            err.printf("  %s %s!%s '%s' -> '%s' (%s)%s%n", e.applied() ? "applied" : "skipped", e.edit().sheet(),
                    e.edit().cell(), e.edit().from(), e.edit().to(), e.rule(), e.applied() ? "" : ": " + e.reason());
        }
    }
}
