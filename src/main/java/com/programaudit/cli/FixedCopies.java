package com.programaudit.cli;

import com.programaudit.audit.AuditReport;
import com.programaudit.fix.FixWriter;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --fix}: writes {@code <input name>.fixed.<ext>} for each readable input, into the --out folder or
 * else next to the input, lists the edits on stderr, and attaches them to the reports.
 */
final class FixedCopies {
    private final Path out;
    private final PrintWriter err;

    FixedCopies(Path out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    /** The reports of {@code input}, with the outcome of its fixed copy attached (unchanged when none is readable). */
    List<AuditReport> write(Path input, List<AuditReport> reports) throws IOException {
        if (reports.stream().noneMatch(AuditReport::readable)) return reports;
        List<Finding> findings = new ArrayList<>();
        reports.forEach(r -> findings.addAll(r.findings()));
        String inputName = input.getFileName().toString();
        FixWriter.Result fixed = FixWriter.write(inputName, Files.readAllBytes(input), findings);
        Path folder = out != null ? out : input.toAbsolutePath().getParent();
        Path target = folder.resolve(FixWriter.fileName(inputName, fixed.extension()));
        if (Files.exists(target) && Files.isSameFile(target, input)) {
            throw new IOException(target + " is the input itself; it is never overwritten");
        }
        Files.createDirectories(folder);
        Files.write(target, fixed.bytes());
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
