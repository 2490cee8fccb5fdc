package com.programaudit.cli;

import com.programaudit.audit.AuditReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Chooses the name of every file `audit` writes, so that no output lands on a file the run did not
 * create. Reports (json, html, md, txt) replace their namesakes of an earlier run in --out, but never
 * an input of this run, never summary.json or index.html of the batch, and never another output of
 * this run. Workbooks (fixed copies and annotated workbooks), which coaches open and edit, never
 * replace any file: a taken name becomes {@code plan.fixed-2.xlsx}, {@code -3} … Names are compared
 * ignoring case, as on Windows and macOS disks.
 */
final class OutputNames {
    static final String SUMMARY = "summary.json";
    private final Set<String> claimed = new HashSet<>();
    private final Set<Path> inputs = new HashSet<>();

    /** {@code out} is the --out folder (null when none), where the batch files are reserved. */
    OutputNames(Collection<Path> inputFiles, Path out, String indexFileName) {
        for (Path input : inputFiles) {
            try {
                inputs.add(input.toRealPath());
            } catch (IOException e) {
                inputs.add(input.toAbsolutePath().normalize()); // missing: reported as unreadable
            }
        }
        if (out != null) {
            claim(out.resolve(SUMMARY));
            claim(out.resolve(indexFileName));
        }
    }

    /** The report under a name whose {@code <name>.<extension>} in {@code folder} is free for this run. */
    AuditReport report(Path folder, AuditReport report, String extension) {
        String name = report.name();
        for (int n = 2; !usableForReport(folder.resolve(name + "." + extension)); n++) name = report.name() + "-" + n;
        claim(folder.resolve(name + "." + extension));
        return name.equals(report.name()) ? report : report.withName(name);
    }

    /** {@code folder/fileName}, or {@code stem-2.ext} … when that name exists on disk or was given in this run. */
    private Path workbook(Path folder, String fileName) {
        int dot = fileName.lastIndexOf('.');
        String stem = dot > 0 ? fileName.substring(0, dot) : fileName;
        String extension = dot > 0 ? fileName.substring(dot) : "";
        Path target = folder.resolve(fileName);
        for (int n = 2; isClaimed(target) || Files.exists(target, LinkOption.NOFOLLOW_LINKS); n++) {
            target = folder.resolve(stem + "-" + n + extension);
        }
        claim(target);
        return target;
    }

    /**
     * Writes a new workbook (a fixed copy, an annotated workbook) as {@code folder/wanted}, or under a free
     * name with a line on {@code err} when that name is taken: an existing file is never overwritten.
     */
    Path createWorkbook(Path folder, String wanted, byte[] bytes, Path input, String what, java.io.PrintWriter err)
            throws java.io.IOException {
        Path target = workbook(folder, wanted);
        com.programaudit.files.AtomicFiles.create(target, bytes);
        if (!target.getFileName().toString().equals(wanted)) {
            err.printf("%s: %s is taken (never overwritten), so the %s is %s%n", input, wanted, what, target.getFileName());
        }
        return target;
    }

    private boolean usableForReport(Path target) {
        if (isClaimed(target)) return false;
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) return true;
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) return false; // a folder, link or pipe
        try {
            return !inputs.contains(target.toRealPath());
        } catch (IOException e) {
            return false;
        }
    }

    private boolean isClaimed(Path target) { return claimed.contains(key(target)); }

    private void claim(Path target) { claimed.add(key(target)); }

    private static String key(Path target) {
        return target.toAbsolutePath().normalize().toString().toLowerCase(Locale.ROOT);
    }
}
