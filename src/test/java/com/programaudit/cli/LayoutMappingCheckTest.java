package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `rules check` names a malformed layout mapping file by file and line. */
class LayoutMappingCheckTest {
    @Test
    void rulesCheckPrintsAMalformedMappingAsFileLineMessage(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        copy(TestRules.RULES, rules);
        Files.writeString(rules.resolve("layouts/broken.properties"), "# a studio\nexercise = Drill\nwek = Cycle\n");
        java.io.StringWriter out = new java.io.StringWriter();
        picocli.CommandLine cli = com.programaudit.cli.Main.commandLine();
        cli.setOut(new java.io.PrintWriter(out));
        int exit = cli.execute("rules", "check", "--rules", rules.toString());
        assertEquals(1, exit, out.toString());
        assertTrue(out.toString().contains("layouts/broken.properties:3: unknown field 'wek'"), out.toString());
    }

    private static void copy(Path from, Path to) throws Exception {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
