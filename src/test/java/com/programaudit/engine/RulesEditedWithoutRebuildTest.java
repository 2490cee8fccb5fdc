package com.programaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditService;
import com.programaudit.model.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A head coach edits a temporary copy of rules/; the next audit follows it with no rebuild. */
class RulesEditedWithoutRebuildTest {
    private static final Path PROGRAM = TestRules.RESOURCES.resolve("programs/drop_sets.csv");

    @TempDir Path rules;

    private void copyRules() throws IOException {
        TestRules.copyRulesTo(rules);
    }

    private static List<Finding> audit(Path rulesFolder, String rule) throws RuleLoadException {
        AuditService service = new AuditService(RuleBook.load(rulesFolder));
        return service.audit(PROGRAM).get(0).findings().stream().filter(f -> f.getRule().equals(rule)).toList();
    }

    private void setPolicy(String key, String value) throws IOException {
        Path policy = rules.resolve("policy.properties");
        String text = Files.readString(policy).replaceAll("(?m)^" + key + "=.*$", key + "=" + value);
        Files.writeString(policy, text);
    }

    @Test
    void loweringMaxDropSetsPerSessionGivesMoreFindings() throws Exception {
        copyRules();
        assertEquals(0, audit(rules, "TOO_MANY_DROP_SETS").size(), "2 drop sets are allowed by default");
        setPolicy("maxDropSetsPerSession", "1");
        List<Finding> findings = audit(rules, "TOO_MANY_DROP_SETS");
        assertEquals(1, findings.size(), "the Upper session has 2 drop sets > 1");
        assertEquals(1, findings.get(0).getLocation().getDay());
        String description = RuleBook.load(rules).rules().stream().filter(r -> r.id().equals("TOO_MANY_DROP_SETS"))
                .findFirst().orElseThrow().description();
        assertTrue(description.startsWith("More than 1 drop sets"), "the description follows the policy: " + description);
    }

    @Test
    void disablingARuleAndChangingItsSeverity() throws Exception {
        copyRules();
        setPolicy("maxDropSetsPerSession", "1");
        Files.writeString(rules.resolve("policy.properties"), "\nTOO_MANY_DROP_SETS.severity=info\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertEquals("info", audit(rules, "TOO_MANY_DROP_SETS").get(0).getSeverity().label());
        Files.writeString(rules.resolve("policy.properties"), "\nTOO_MANY_DROP_SETS.enabled=false\n",
                java.nio.file.StandardOpenOption.APPEND);
        assertTrue(audit(rules, "TOO_MANY_DROP_SETS").isEmpty());
    }

    @Test
    void aNewDrlFileAddsItsFindings() throws Exception {
        copyRules();
        Path custom = rules.resolve("custom");
        Files.createDirectories(custom);
        Files.writeString(custom.resolve("lat_pulldown.drl"), """
                package custom;
                import com.programaudit.model.*;
                import com.programaudit.engine.Draft;
                global com.programaudit.engine.Policy policy;

                rule "Our gym has no lat pulldown"
                    @id(NO_LAT_PULLDOWN) @severity(warning) @scope(exercise) @sources("recovery")
                    @description("The gym's pulldown is broken; plan pull-ups instead.")
                when
                    $e : ExerciseEntry(exercise == "Lat Pulldown")
                then
                    insert(Draft.exercise(kcontext, $e).says("No lat pulldown at our gym.").advise("Plan pull-ups."));
                end
                """, StandardCharsets.UTF_8);
        List<Finding> findings = audit(rules, "NO_LAT_PULLDOWN");
        assertEquals(1, findings.size());
        assertEquals("Lat Pulldown", findings.get(0).getLocation().getExercise());
    }

    @Test
    void aBrokenDrlIsReportedWithFileAndLine() throws Exception {
        copyRules();
        Path file = rules.resolve("failure/failure_sets.drl");
        List<String> lines = Files.readAllLines(file);
        int line = lines.indexOf("    $e : ExerciseEntry(heavyCompound, deloadWeek == false, failureSetCount > 0)") + 1;
        assertTrue(line > 0, "the test edits a known line");
        lines.set(line - 1, "    $e : ExerciseEntry(heavyCompound, deloadWeek == )");
        Files.write(file, lines);
        RuleLoadException e = org.junit.jupiter.api.Assertions.assertThrows(RuleLoadException.class,
                () -> RuleBook.load(rules));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("failure/failure_sets.drl:" + line + ":")),
                "expected failure/failure_sets.drl:" + line + " in " + e.problems());
    }

    /** A missing ')' hides the types its file declares; only the syntax error is reported, not a cascade elsewhere. */
    @Test
    void aSyntaxErrorIsReportedOnceAtItsFileAndLine() throws Exception {
        copyRules();
        Path file = rules.resolve("failure/failure_sets.drl");
        List<String> lines = Files.readAllLines(file);
        String good = "    $e : ExerciseEntry(heavyCompound, deloadWeek == false, failureSetCount > 0)";
        assertTrue(lines.contains(good), "the test edits a known line");
        lines.set(lines.indexOf(good), "    $e : ExerciseEntry(heavyCompound, deloadWeek == false");
        Files.write(file, lines);
        RuleLoadException e = org.junit.jupiter.api.Assertions.assertThrows(RuleLoadException.class,
                () -> RuleBook.check(rules));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("failure/failure_sets.drl:"), e.problems().toString());
    }

    @Test
    void aPolicyValueThatIsNotANumberIsReportedWithItsLine() throws Exception {
        copyRules();
        Path policy = rules.resolve("policy.properties");
        List<String> lines = Files.readAllLines(policy);
        int line = lines.indexOf("maxDropSetsPerSession=2") + 1;
        assertTrue(line > 0, "the test edits a known line");
        lines.set(line - 1, "maxDropSetsPerSession=two");
        Files.write(policy, lines);
        RuleLoadException e = org.junit.jupiter.api.Assertions.assertThrows(RuleLoadException.class,
                () -> RuleBook.load(rules));
        assertTrue(e.problems().contains("policy.properties:" + line + ": maxDropSetsPerSession must be a number, not 'two'"),
                e.problems().toString());
    }

    /** A typo in a key changes nothing silently: each is one message at its line, with the key meant. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "maxDropSetPerSession=1|no rule reads 'maxDropSetPerSession'; did you mean maxDropSetsPerSession?",
            "TOO_MANY_DROPSETS.enabled=false|'TOO_MANY_DROPSETS' is not a rule id; did you mean TOO_MANY_DROP_SETS.enabled?",
            "FAILURE_ON_HEAVY_COMPOUD.severity=warning|'FAILURE_ON_HEAVY_COMPOUD' is not a rule id; did you mean FAILURE_ON_HEAVY_COMPOUND.severity?"})
    void aPolicyKeyNothingReadsIsReportedWithTheKeyMeant(String line, String message) throws Exception {
        copyRules();
        Path policy = rules.resolve("policy.properties");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(policy));
        lines.add(line);
        Files.write(policy, lines);
        RuleLoadException e = org.junit.jupiter.api.Assertions.assertThrows(RuleLoadException.class,
                () -> RuleBook.load(rules));
        assertEquals(List.of("policy.properties:" + lines.size() + ": " + message), e.problems());
    }

    @Test
    void aPolicyValueARuleReadsCannotBeDeleted() throws Exception {
        copyRules();
        Path policy = rules.resolve("policy.properties");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(policy));
        lines.remove("maxDropSetsPerSession=2");
        Files.write(policy, lines);
        RuleLoadException e = org.junit.jupiter.api.Assertions.assertThrows(RuleLoadException.class,
                () -> RuleBook.load(rules));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("techniques/beyond_failure.drl:")
                && p.contains("'maxDropSetsPerSession'")), e.problems().toString());
    }

    @Test
    void theChartsShowTheHardSetsTheEditedRuleCounts() throws Exception {
        copyRules();
        Path file = rules.resolve("volume/hard_sets.drl");
        String drl = Files.readString(file);
        String hard = "failureSet || (rir != null && rir <= policy.number(\"hardSetMaxRir\"))";
        assertTrue(drl.contains(hard), "the test edits a known condition");
        Files.writeString(file, drl.replace(hard, "failureSet"));
        com.programaudit.audit.AuditReport edited = new AuditService(RuleBook.load(rules)).audit(PROGRAM).get(0);
        com.programaudit.audit.AuditReport original = TestRules.service().audit(PROGRAM).get(0);
        double editedSets = edited.load().weeks().stream().mapToDouble(w -> w.hardSets().values().stream().mapToDouble(d -> d).sum()).sum();
        double originalSets = original.load().weeks().stream().mapToDouble(w -> w.hardSets().values().stream().mapToDouble(d -> d).sum()).sum();
        assertTrue(editedSets < originalSets, "only failure sets count now: " + editedSets + " < " + originalSets);
    }
}
