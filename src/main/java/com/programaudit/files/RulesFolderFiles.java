package com.programaudit.files;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The files that make up a rules folder, sorted: all of them but the rule test cases under tests/ (only
 * {@code rules test} reads them) and version-control folders. A rules folder kept as its own clone changes .git at
 * every fetch or commit, and nothing in it is read: counted, each fetch recompiled the rules and reloaded the server,
 * and a server's watcher read a whole pack file every second.
 */
public final class RulesFolderFiles {
    private static final Set<String> VERSION_CONTROL = Set.of(".git", ".hg", ".svn");

    private RulesFolderFiles() { }

    public static List<Path> list(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                if (dir.equals(folder)) return FileVisitResult.CONTINUE;
                Path relative = folder.relativize(dir);
                boolean skipped = relative.equals(Path.of("tests")) || VERSION_CONTROL.contains(dir.getFileName().toString());
                return skipped ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                // a link to a file counts as the file, as Files.isRegularFile says
                if (Files.isRegularFile(file) && !folder.relativize(file).equals(Path.of("tests"))) files.add(file);
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return files;
    }
}
