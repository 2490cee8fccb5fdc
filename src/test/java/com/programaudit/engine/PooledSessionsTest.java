package com.programaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.programaudit.TestRules;
import com.programaudit.importer.ProgramImporter;
import com.programaudit.model.Finding;
import com.programaudit.model.ProgramFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Auditor takes its KieSessions from a pool and resets them after each program: a program's findings
 * must not depend on which programs the pooled session audited before it.
 */
class PooledSessionsTest {
    @Test
    void aProgramHasTheSameFindingsWhateverThePooledSessionAuditedBefore() throws Exception {
        RuleBook book = TestRules.book();
        ProgramImporter importer = new ProgramImporter(book.catalog(), book.layouts());
        List<ProgramFacts> programs = new ArrayList<>();
        try (Stream<Path> files = Files.list(TestRules.RESOURCES.resolve("examples"))) {
            for (Path file : files.filter(f -> f.toString().matches(".*\\.(xlsx|xls|csv)$")).sorted().toList()) {
                programs.addAll(importer.read(file));
            }
        }
        assertFalse(programs.size() < 3, "the examples give several programs");
        List<List<String>> alone = new ArrayList<>();
        for (ProgramFacts program : programs) alone.add(said(new Auditor(book).audit(program).findings()));
        Auditor reused = new Auditor(book);
        for (int round = 0; round < 2; round++) {
            // forwards, then backwards: every program follows others on the same few sessions
            for (int i = 0; i < programs.size(); i++) {
                int at = round == 0 ? i : programs.size() - 1 - i;
                assertEquals(alone.get(at), said(reused.audit(programs.get(at)).findings()), "program " + at + ", round " + round);
            }
        }
    }

    private static List<String> said(List<Finding> findings) {
        return findings.stream().map(f -> f.getRule() + " " + f.getLocation() + " " + f.getMessage()).toList();
    }
}
