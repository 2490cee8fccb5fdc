package com.programaudit.ruletest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.io.IOException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs every rule test kept as data under rules/tests/ (the same cases `rules test` runs). */
class RuleCasesTest {
    @TestFactory
    Stream<DynamicTest> everyRuleCase() throws IOException {
        List<RuleCase> cases = RuleCases.inRulesFolder(TestRules.RULES);
        assertFalse(cases.isEmpty(), "rules/tests/ holds no cases");
        CaseRunner runner = new CaseRunner(TestRules.service());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> {
            CaseResult result = runner.run(c);
            org.junit.jupiter.api.Assumptions.assumeFalse(result.isSkipped(), result.skipped());
            assertTrue(result.passed(), c.title() + ":" + result.describe());
        }));
    }
}
