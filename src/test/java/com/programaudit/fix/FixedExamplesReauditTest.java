package com.programaudit.fix;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import com.programaudit.ruletest.RuleCase;
import com.programaudit.ruletest.RuleCases;
import com.programaudit.workbook.WithoutCountry;
import java.util.stream.Stream;

/**
 * The fixed copy of every shared example and every rule case's program, audited again: a finding whose edits were all applied must
 * not come back (same rule and place), and the edits must not create a new error.
 */
class FixedExamplesReauditTest {
    @ParameterizedTest
    @ValueSource(strings = {"anna_upper_lower.xlsx", "ben_strength_weeks.xlsx", "carla_weeks_across.xlsx",
            "dan_full_body.csv", "eva_clean.xls"})
    void appliedFixesMakeTheirFindingsGoAwayAndAddNoError(String name) throws Exception {
        Path file = TestRules.RESOURCES.resolve("examples").resolve(name);
        assertTrue(fixAndReaudit(file) > 0 || name.startsWith("eva"), "only the clean example has nothing to fix");
    }

    /** Every rule case's program too: 179 small programs that exercise each rule's fix. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleCasePrograms")
    void fixesOfEveryRuleCaseHold(Path file) throws Exception {
        fixAndReaudit(file);
    }

    static Stream<Path> ruleCasePrograms() throws java.io.IOException {
        return RuleCases.inRulesFolder(TestRules.RULES).stream().map(RuleCase::input).filter(java.util.Objects::nonNull);
    }

    /**
     * Each .xls again without its COUNTRY record, as some writers save it: POI adds the fixed copy's
     * RECALCID after COUNTRY, so this is where an edit could land in a different place.
     */
    @ParameterizedTest
    @ValueSource(strings = {"formats/anna_upper_lower.xls", "formats/ben_strength_weeks.xls", "formats/carla_weeks_across.xls",
            "formats/dan_full_body.xls", "coach-layouts/xls_weeks_across_W1_headers_with_day_column.xls"})
    void fixesHoldInAnXlsWithoutCountry(String path) throws Exception {
        Path file = TestRules.RESOURCES.resolve(path);
        byte[] withoutCountry = WithoutCountry.of(Files.readAllBytes(file)).orElseThrow();
        assertTrue(fixAndReaudit(file.getFileName().toString(), withoutCountry) > 0, "every one of these has something to fix");
    }

    private static long fixAndReaudit(Path file) throws Exception {
        return fixAndReaudit(file.getFileName().toString(), Files.readAllBytes(file));
    }

    /** @return how many edits were applied */
    private static long fixAndReaudit(String name, byte[] input) throws Exception {
        List<Finding> before = findings(TestRules.service().audit(name, input));
        FixWriter.Result fixed = FixWriter.write(name, input, before);
        String fixedName = FixWriter.fileName(name, fixed.extension());
        // audited under the input's name: a CSV's sheet is named after its file, and places must compare equal
        List<Finding> after = findings(TestRules.service().audit(name, fixed.bytes()));

        List<String> problems = new ArrayList<>();
        for (Finding f : before) {
            List<EditResult> results = fixed.edits().stream().filter(r -> r.rule().equals(f.getRule())
                    && f.getFix().getEdits().contains(r.edit())).toList();
            boolean allApplied = !f.getFix().getEdits().isEmpty() && results.stream().allMatch(EditResult::applied)
                    && results.size() >= f.getFix().getEdits().size();
            if (allApplied && after.stream().anyMatch(a -> same(a, f))) {
                problems.add("still there after its edits " + f.getFix().getEdits() + " were applied: " + f);
            }
        }
        for (Finding a : after) {
            if (a.getSeverity() == Severity.ERROR && before.stream().noneMatch(f -> same(a, f))) {
                problems.add("new error in the fixed copy: " + a + " — " + a.getMessage());
            }
        }
        assertTrue(problems.isEmpty(), fixedName + ":\n  " + String.join("\n  ", problems));
        return fixed.appliedCount();
    }

    private static boolean same(Finding a, Finding b) {
        return a.getRule().equals(b.getRule()) && a.getLocation().equals(b.getLocation());
    }

    private static List<Finding> findings(List<AuditReport> reports) {
        List<Finding> all = new ArrayList<>();
        for (AuditReport r : reports) {
            assertTrue(r.readable(), r.file() + ": " + r.error());
            all.addAll(r.findings());
        }
        return all;
    }
}
