package com.programaudit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks `--out DIR` before any work is done, so a typo costs no audit and prints no stack trace. */
final class OutputFolder {
    private OutputFolder() { }

    static boolean usable(Path out, PrintWriter err) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            err.println("--out " + out + " is a file, not a folder.");
            return false;
        }
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            err.println("--out " + out + ": cannot create the folder (" + ErrorWords.of(e) + ").");
            return false;
        }
        if (!Files.isWritable(out)) {
            err.println("--out " + out + ": the folder is not writable.");
            return false;
        }
        return true;
    }
}
