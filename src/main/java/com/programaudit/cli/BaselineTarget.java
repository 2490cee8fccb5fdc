package com.programaudit.cli;

import com.programaudit.accept.Baseline;
import com.programaudit.accept.IgnoreFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where {@code --write-baseline FILE} may write: a new file, or a baseline an earlier run wrote. Never one of the
 * files being audited, nor any other file that is there already: the baseline replaces the file whole, and a
 * coach's workbook named there by mistake was lost.
 */
final class BaselineTarget {
    private BaselineTarget() { }

    /** Why the baseline may not be written to {@code file}, or empty when it may. */
    static Optional<String> refusal(Path file, List<Path> inputs) {
        for (Path input : inputs) {
            if (same(file, input)) {
                return Optional.of("--write-baseline " + file + " is one of the files to audit; it is not overwritten."
                        + " Name a new file, such as baseline.json.");
            }
        }
        if (Files.isDirectory(file)) return Optional.of("--write-baseline " + file + " is a folder; name a file, such as baseline.json.");
        if (!Files.exists(file)) return Optional.empty();
        try {
            Baseline.read(file);
            return Optional.empty(); // an earlier baseline: brought up to date
        } catch (IgnoreFileException e) {
            return Optional.of("--write-baseline " + file + " exists and is not a baseline written by --write-baseline;"
                    + " it is not overwritten. Name a new file, or delete it first.");
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | RuntimeException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }
}
