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
        TestRules.copyRulesTo(rules);
        Files.writeString(rules.resolve("layouts/broken.properties"), "# a studio\nexercise = Drill\nwek = Cycle\n");
        CliRun run = CliRun.of("rules", "check", "--rules", rules.toString());
        assertEquals(1, run.exit(), run.out());
        assertTrue(run.out().contains("layouts/broken.properties:3: unknown field 'wek'"), run.out());
    }
}
