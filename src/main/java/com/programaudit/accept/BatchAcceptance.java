package com.programaudit.accept;

import com.programaudit.audit.Accepted;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a batch accepts beyond the coach's own markers: the entries of ignore files, and a baseline
 * of findings recorded earlier (only findings not in it count). Also records the batch's findings
 * for {@code --write-baseline}. Reports pass through {@link #apply} one input at a time, in order.
 */
public final class BatchAcceptance {
    public static final String BASELINE_REASON = "in the baseline";
    private final List<Path> folders;
    private final List<IgnoreFile> ignoreFiles;
    private final Baseline baseline;        // null: no --baseline
    private final String baselineLabel;
    private final List<Baseline.Key> recorded; // null: no --write-baseline
    private final Set<Acceptance.Ignore> used = new HashSet<>();
    private final Set<IgnoreEntry> matchedAFile = new HashSet<>();

    /** {@code paths}: the PATH arguments; a file's baseline name is its path inside the folder argument holding it. */
    public BatchAcceptance(List<Path> paths, List<IgnoreFile> ignoreFiles, Baseline baseline, String baselineLabel,
                           boolean record) {
        this.folders = paths.stream().filter(Files::isDirectory).map(p -> p.toAbsolutePath().normalize()).toList();
        this.ignoreFiles = List.copyOf(ignoreFiles);
        this.baseline = baseline;
        this.baselineLabel = baselineLabel;
        this.recorded = record ? new ArrayList<>() : null;
    }

    /** The {@code .auditignore} of each folder argument that has one. */
    public static List<Path> ignoreFilesIn(List<Path> paths) {
        Set<Path> found = new LinkedHashSet<>();
        for (Path path : paths) {
            if (Files.isDirectory(path) && Files.isRegularFile(path.resolve(IgnoreFile.NAME))) found.add(path.resolve(IgnoreFile.NAME));
        }
        return new ArrayList<>(found);
    }

    public boolean isEmpty() { return ignoreFiles.isEmpty() && baseline == null && recorded == null; }

    public List<AuditReport> apply(Path input, List<AuditReport> reports) {
        if (isEmpty()) return reports;
        Path file = input.toAbsolutePath().normalize();
        List<IgnoreEntry> ignores = ignoresFor(file);
        String name = nameInBatch(file);
        List<AuditReport> applied = new ArrayList<>();
        for (AuditReport report : reports) {
            AuditReport r = Acceptance.apply(report, ignores, used);
            applied.add(againstBaseline(r, name, reports.size() > 1 && r.readable() ? r.program().getName() : null));
        }
        return applied;
    }

    private List<IgnoreEntry> ignoresFor(Path file) {
        List<IgnoreEntry> ignores = new ArrayList<>();
        for (IgnoreFile ignoreFile : ignoreFiles) {
            if (!file.startsWith(ignoreFile.folder())) continue;
            String relative = slashes(ignoreFile.folder().relativize(file));
            for (IgnoreEntry entry : ignoreFile.entries()) {
                if (!entry.matchesFile(relative)) continue;
                matchedAFile.add(entry);
                ignores.add(entry);
            }
        }
        return ignores;
    }

    private AuditReport againstBaseline(AuditReport report, String file, String program) {
        if (!report.readable()) return report;
        if (recorded != null) report.findings().forEach(f -> recorded.add(Baseline.Key.of(file, program, f)));
        if (baseline == null) return report;
        List<Finding> counted = new ArrayList<>();
        List<Accepted> accepted = new ArrayList<>();
        for (Finding finding : report.findings()) {
            if (baseline.take(Baseline.Key.of(file, program, finding))) {
                accepted.add(new Accepted(finding, BASELINE_REASON, Accepted.Source.baseline(baselineLabel)));
            } else {
                counted.add(finding);
            }
        }
        return accepted.isEmpty() ? report : report.withAccepted(counted, accepted);
    }

    /** The path inside the folder argument that holds the file, else its name: the same on every machine. */
    private String nameInBatch(Path file) {
        for (Path folder : folders) {
            if (file.startsWith(folder)) return slashes(folder.relativize(file));
        }
        return file.getFileName().toString();
    }

    private static String slashes(Path relative) { return relative.toString().replace('\\', '/'); }

    /**
     * Ends the batch: writes the baseline when asked and returns what the user should hear: each ignore
     * entry that accepted nothing (UNUSED_IGNORE, by file:line) and the baselined findings not seen again.
     */
    public List<String> finish(Path writeBaseline) throws IOException {
        if (recorded != null) Baseline.write(writeBaseline, recorded);
        List<String> notes = new ArrayList<>();
        for (IgnoreFile ignoreFile : ignoreFiles) {
            for (IgnoreEntry entry : ignoreFile.entries()) {
                if (used.contains(entry)) continue;
                notes.add(entry.label() + ":" + entry.line() + ": " + UnusedIgnore.RULE + " (info): "
                        + (matchedAFile.contains(entry) ? "accepted no finding; the problem is gone or the entry names the wrong place"
                        : "'" + entry.glob() + "' matches no audited file"));
            }
        }
        if (baseline != null && baseline.unmatched() > 0) {
            notes.add(baselineLabel + ": " + baseline.unmatched() + " baselined finding"
                    + (baseline.unmatched() == 1 ? " is" : "s are") + " gone (fixed, or their program was not audited)");
        }
        return notes;
    }
}
