package com.programaudit.audit;

import com.programaudit.workbook.OwnOutputs;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The spreadsheets named on the command line: files as given, folders searched recursively. In a
 * folder, Excel's "~$" lock files, hidden files, this tool's own outputs (see {@link OwnOutputs}) and
 * anything that is not a regular file (a pipe, device or socket, which could block a reader forever)
 * are left out; the last two with a line saying so. A file named on the command line is taken as given:
 * the user asked for it (see {@link AuditService#audit(Path)} for one that is not a regular file).
 */
public final class InputFiles {
    private InputFiles() { }

    public static List<Path> expand(List<Path> paths) throws IOException {
        return expand(paths, line -> { });
    }

    /** {@code skipped} hears one line per spreadsheet-named entry of a folder that is left out. */
    public static List<Path> expand(List<Path> paths, Consumer<String> skipped) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path found : walk.filter(InputFiles::isSpreadsheetName).sorted().toList()) {
                        if (Files.isDirectory(found)) continue;
                        if (!Files.isRegularFile(found)) {
                            if (Files.exists(found, LinkOption.NOFOLLOW_LINKS)) skipped.accept(found + ": not a regular file, skipped");
                        } else if (OwnOutputs.isOurs(found)) {
                            skipped.accept(found + ": written by program-audit, skipped (name it on the command line to audit it)");
                        } else {
                            files.add(found);
                        }
                    }
                }
            } else {
                files.add(path);
            }
        }
        return onceEach(files, skipped);
    }

    /**
     * Each file once, however it was named: {@code plan.xlsx} and {@code ./plan.xlsx}, a folder and a file in it, a
     * link and its target. The first naming is kept; a later one is left out with a line saying so.
     */
    static List<Path> onceEach(List<Path> files, Consumer<String> skipped) {
        java.util.Map<Path, Path> seen = new java.util.HashMap<>();
        List<Path> once = new ArrayList<>();
        for (Path file : files) {
            Path first = seen.putIfAbsent(identity(file), file);
            if (first == null) once.add(file);
            else if (!first.equals(file)) skipped.accept(file + ": the same file as " + first + ", audited once");
        }
        return once;
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | RuntimeException e) {
            return file.toAbsolutePath().normalize(); // a missing file: its report says so, once
        }
    }

    /** .xlsx, .xlsm, .xls and .csv, except Excel's "~$" lock files and hidden files. */
    static boolean isSpreadsheetName(Path path) {
        if (path.getFileName() == null) return false;
        String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.startsWith("~$") || name.startsWith(".")) return false;
        return name.endsWith(".xlsx") || name.endsWith(".xls") || name.endsWith(".csv") || name.endsWith(".xlsm");
    }
}
