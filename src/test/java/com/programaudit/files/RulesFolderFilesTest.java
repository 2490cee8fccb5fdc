package com.programaudit.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulesFolderFilesTest {
    @TempDir Path rules;

    /** What makes up a rules folder: not its rule test cases, not a clone's .git, every other file, sorted. */
    @Test
    void everyFileButTheTestCasesAndVersionControl() throws Exception {
        for (String name : List.of("failure/failure_sets.drl", "policy.properties", "catalog/exercises.csv",
                "tests/NO_DELOAD/case.csv", ".git/objects/pack/pack-1.pack", ".git/HEAD", "layouts/.svn/entries",
                "notes/.gitignore", "testsuite/extra.drl")) {
            Files.createDirectories(rules.resolve(name).getParent());
            Files.writeString(rules.resolve(name), name);
        }
        assertEquals(List.of("catalog/exercises.csv", "failure/failure_sets.drl", "notes/.gitignore", "policy.properties",
                        "testsuite/extra.drl"),
                RulesFolderFiles.list(rules).stream().map(p -> rules.relativize(p).toString().replace('\\', '/')).toList());
    }

    @Test
    void aLinkToAFileCountsAsTheFile() throws Exception {
        Path shared = Files.writeString(rules.resolveSibling(rules.getFileName() + "-shared.csv"), "Exercise\n");
        try {
            Files.createSymbolicLink(rules.resolve("exercises.csv"), shared);
        } catch (UnsupportedOperationException | java.io.IOException e) {
            org.junit.jupiter.api.Assumptions.abort("no symbolic links here");
        }
        try {
            assertEquals(List.of(rules.resolve("exercises.csv")), RulesFolderFiles.list(rules));
        } finally {
            Files.deleteIfExists(shared);
        }
    }
}
