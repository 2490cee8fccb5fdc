package com.programaudit.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Every file we write (reports, copies, the compiled-rules cache) is written whole or not at all: the bytes go to a temporary file in the same
 * folder, which is then renamed to the final name. A full disk or a killed run leaves at most a
 * hidden {@code .name.*.tmp} file, never a truncated report under the final name.
 */
public final class AtomicFiles {
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private AtomicFiles() { }

    /** Writes {@code target}, replacing the file of that name (a report of an earlier run). */
    public static void replace(Path target, byte[] bytes) throws IOException {
        Path temp = temporary(target, bytes);
        boolean moved = false;
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
        } finally {
            // once moved, the temporary name is gone: looking for it again cost a system call per report
            if (!moved) Files.deleteIfExists(temp);
        }
    }

    /** Writes {@code target}, which must not exist: a file already there is never replaced. */
    public static void create(Path target, byte[] bytes) throws IOException {
        Path temp = temporary(target, bytes);
        try {
            try {
                // a hard link appears atomically and fails if the name is taken, even by a file made just now
                Files.createLink(target, temp);
            } catch (FileAlreadyExistsException e) {
                throw e;
            } catch (IOException | UnsupportedOperationException e) {
                Files.move(temp, target); // no links on this disk: the plain move refuses an existing file too
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The bytes in a new file beside the target, with the permissions any new file gets there (not 0600). */
    private static Path temporary(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong() >>> 1) + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            out.write(bytes);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
        return temp;
    }
}
