package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `rules check` runs the rules on the rule test cases: a rule that compiles but throws is reported at its file and line. */
class RulesCheckRunTimeTest {
    @TempDir Path rules;

    @Test
    void aRuleThatThrowsWhenItRunsFailsTheCheck() throws Exception {
        TestRules.copyRulesTo(rules);
        Path drl = rules.resolve("techniques/beyond_failure.drl");
        java.util.List<String> lines = new java.util.ArrayList<>(Files.readAllLines(drl));
        int rule = -1;
        for (int i = 0; i < lines.size() && rule < 0; i++) if (lines.get(i).startsWith("rule \"")) rule = i;
        assertTrue(rule >= 0, "a rule in " + drl);
        int then = lines.subList(rule, lines.size()).indexOf("then") + rule;
        lines.add(then + 1, "    if (true) { throw new ArithmeticException(\"tried\"); }");
        Files.write(drl, lines);

        CliRun run = CliRun.of("rules", "check", "--rules", rules.toString());
        assertEquals(ExitCodes.FINDINGS, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith("techniques/beyond_failure.drl:" + (rule + 1) + ": "), run.out());
        assertTrue(run.out().contains("throws when it runs (ArithmeticException: tried)"), run.out());
    }
}
