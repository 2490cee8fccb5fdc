package com.programaudit.cli;

import com.programaudit.accept.BatchAcceptance;
import com.programaudit.accept.Baseline;
import com.programaudit.accept.IgnoreFile;
import com.programaudit.accept.IgnoreFileException;
import com.programaudit.accept.UnusedIgnore;
import com.programaudit.audit.BatchAudit;
import com.programaudit.audit.InputFiles;
import com.programaudit.audit.ReportLine;
import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RulesLoading;
import java.util.Optional;
import com.programaudit.engine.RuleLoadException;
import com.programaudit.model.Severity;
import com.programaudit.report.ReportFormat;
import com.programaudit.report.ReportFormats;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `audit PATH...`: audits spreadsheets and writes one report per program. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Audits spreadsheets (.xlsx, .xls, .csv); folders are searched recursively.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no finding reaches --fail-on", "1:a finding reaches --fail-on",
                "2:bad usage, or an input could not be read (the others are still audited)"})
final class AuditCommand implements Callable<Integer> {
    private static final int PROGRESS_THRESHOLD = 5;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "spreadsheet files or folders")
    List<Path> paths;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text, json, html, md, or xlsx (the workbook annotated with comments and an Audit sheet; "
                    + "needs --out) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--out", paramLabel = "DIR",
            description = "write DIR/<input name>.<format> per input and DIR/summary.json")
    Path out;

    @Option(names = "--fix", description = "also write <input name>.fixed.<ext> (into --out, else next to the input) "
            + "with every cell edit of the findings applied; the input itself is never changed")
    boolean fix;

    @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/)")
    Path rules;

    @Option(names = "--fail-on", defaultValue = "error", paramLabel = "LEVEL",
            description = "error, warning, info or never (default: ${DEFAULT-VALUE})")
    String failOn;

    @Option(names = "--jobs", paramLabel = "N", description = "parallel audits (default: all cores)")
    Integer jobs;

    @Option(names = "--ignore-file", paramLabel = "FILE", description = "accepted findings, one per line "
            + "(README: .auditignore); a folder PATH's own .auditignore is read too")
    List<Path> ignoreFiles = new java.util.ArrayList<>();

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "count (and fail on) only findings not in FILE; the others are listed as accepted")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE", description = "write every counted finding to FILE")
    Path writeBaseline;

    @Spec CommandSpec spec;

    @Override public Integer call() throws Exception {
        PrintWriter err = TerminalWriter.of(spec.commandLine().getErr());
        boolean workbook = format.equalsIgnoreCase(ReportFormats.WORKBOOK);
        ReportFormat renderer = ReportFormats.byName(format.toLowerCase(Locale.ROOT)).orElse(null);
        if (renderer == null && !workbook) {
            err.println("Unknown --format '" + format + "'; use one of " + ReportFormats.names() + " or "
                    + ReportFormats.WORKBOOK + ".");
            return ExitCodes.USAGE;
        }
        if (workbook && out == null) {
            err.println("--format xlsx writes workbooks, not text: give a folder with --out DIR.");
            return ExitCodes.USAGE;
        }
        if (jobs != null && jobs < 1) {
            err.println("--jobs must be 1 or more, not " + jobs + ".");
            return ExitCodes.USAGE;
        }
        Severity threshold;
        if (failOn.equalsIgnoreCase("never")) threshold = null;
        else try {
            threshold = Severity.parse(failOn);
        } catch (IllegalArgumentException e) {
            err.println("Unknown --fail-on '" + failOn + "'; use error, warning, info or never.");
            return ExitCodes.USAGE;
        }
        List<Path> files;
        try {
            files = InputFiles.expand(paths, err::println);
        } catch (IOException e) {
            err.println("Cannot list the inputs: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (files.isEmpty()) {
            // as linters do when no file matches: a job that audits an empty folder by mistake must not pass quietly
            err.println("No spreadsheet (.xlsx, .xlsm, .xls, .csv) found in " + String.join(", ", paths.stream().map(Path::toString).toList())
                    + "; nothing was audited.");
            return ExitCodes.USAGE;
        }
        // a missing input, or a pipe, gets an unreadable report like any other bad file, and the batch goes on
        for (Path f : files) {
            if (!Files.exists(f)) err.println(f + ": no such file");
            else if (!Files.isRegularFile(f)) err.println(f + ": not a regular file, not opened");
        }
        if (out != null && !OutputFolder.usable(out, err)) return ExitCodes.USAGE;
        if (writeBaseline != null) {
            Optional<String> refusal = BaselineTarget.refusal(writeBaseline, files);
            if (refusal.isPresent()) {
                err.println(refusal.get());
                return ExitCodes.USAGE;
            }
        }
        int threads = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        RulesLoading loading = RuleBook.start(RulesFolder.resolve(rules));
        // the first files are read while the rule base loads; they are audited once it is there
        Optional<BatchAudit> early = BatchAudit.whileLoading(loading, threads);
        early.ifPresent(b -> b.start(files));
        Rules loaded;
        try {
            loaded = finishLoading(loading, err);
        } catch (RuntimeException | Error e) {
            early.ifPresent(BatchAudit::cancel); // the files being read will never be audited
            throw e;
        }
        if (loaded == null) {
            early.ifPresent(BatchAudit::cancel);
            return ExitCodes.USAGE;
        }
        // a folder whose catalog or words could not be read never finishes loading, so the batch was started
        BatchAudit batch = early.orElseThrow(() -> new IllegalStateException("rules loaded without their catalog"));
        batch.rulesLoaded(loaded.book());
        BatchAcceptance acceptance = loaded.acceptance();
        long start = System.nanoTime();
        // JSON escapes control characters itself, and scripts read its strings exactly as the coach wrote them
        PrintWriter stdout = renderer instanceof com.programaudit.report.JsonReport ? spec.commandLine().getOut()
                : TerminalWriter.of(spec.commandLine().getOut());
        BatchOutput output = new BatchOutput(renderer, out, fix, files, stdout, err);
        List<ReportLine> reports;
        try {
            audit(batch, files, (file, found) -> output.accept(file, acceptance.apply(file, found)));
            acceptance.finish(writeBaseline).forEach(err::println);
        } finally {
            // also when the batch stops early: summary.json tells what was written
            reports = output.finish();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long unreadable = reports.stream().filter(r -> !r.readable()).count();
        // the whole run as the user waited for it (JVM start and rule loading too), then the auditing alone
        long started = Long.getLong(TunedJvm.STARTED_AT, java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime());
        double sinceStart = (System.currentTimeMillis() - started) / 1e3;
        err.printf(Locale.ROOT, "%s, %s, %s, %d unreadable, %.1f s (%.1f s auditing)%n",
                count(reports.size() - unreadable, "program"),
                count(total(reports, Severity.ERROR), "error"), count(total(reports, Severity.WARNING), "warning"),
                unreadable, Math.max(sinceStart, seconds), seconds);
        err.flush();
        if (unreadable > 0 || !output.summaryWritten()) return ExitCodes.UNREADABLE;
        boolean failing = threshold != null && reports.stream().anyMatch(r -> r.reaches(threshold));
        return failing ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
    }

    /** The rules of this run and what it accepts. */
    private record Rules(RuleBook book, BatchAcceptance acceptance) { }

    /** The loaded rules and the run's acceptance; null, after saying why, when either cannot be used. */
    private Rules finishLoading(RulesLoading loading, PrintWriter err) {
        try {
            RuleBook book = loading.finish();
            BatchAcceptance acceptance = acceptance(book, err);
            return acceptance == null ? null : new Rules(book, acceptance);
        } catch (RuleLoadException e) {
            err.println("The rules folder cannot be used:");
            e.problems().forEach(p -> err.println("  " + p));
            return null;
        }
    }

    /** The ignore files and baseline of this run; null (after saying why) when one cannot be used. */
    private BatchAcceptance acceptance(RuleBook book, PrintWriter err) {
        java.util.Set<String> ruleIds = new java.util.HashSet<>(book.ruleIds());
        ruleIds.add(UnusedIgnore.RULE);
        List<IgnoreFile> read = new java.util.ArrayList<>();
        List<Path> named = new java.util.ArrayList<>(BatchAcceptance.ignoreFilesIn(paths));
        for (Path file : ignoreFiles) {
            if (!Files.isRegularFile(file)) {
                err.println(file + ": no such ignore file");
                return null;
            }
            named.add(file);
        }
        try {
            for (Path file : named.stream().distinct().toList()) read.add(IgnoreFile.read(file, ruleIds));
            Baseline old = baseline == null ? null : Baseline.read(baseline);
            return new BatchAcceptance(paths, read, old, baseline == null ? null : baseline.toString(), writeBaseline != null);
        } catch (IgnoreFileException e) {
            err.println(e.getMessage());
            return null;
        }
    }

    private void audit(BatchAudit batch, List<Path> files, BatchAudit.FileReports output)
            throws InterruptedException, IOException {
        if (System.console() == null || files.size() < PROGRESS_THRESHOLD) {
            batch.run(files, f -> { }, output);
            return;
        }
        try (ProgressBar bar = new ProgressBarBuilder().setTaskName("Auditing").setInitialMax(files.size())
                .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .build()) {
            batch.run(files, f -> bar.step(), output);
        }
    }

    private static String count(long n, String noun) { return n + " " + noun + (n == 1 ? "" : "s"); }

    private static long total(List<ReportLine> reports, Severity severity) {
        return reports.stream().mapToLong(r -> r.count(severity)).sum();
    }
}
