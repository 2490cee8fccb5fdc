package com.programaudit.ruletest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Coach spreadsheets in shapes our own samples do not have (a tester's collection: repeated session
 * names, week title rows in one sheet, CSV exports of merged headers, hidden sheets, superset labels,
 * decimal commas …), each with the findings a coach expects, compared like the shared examples.
 */
class CoachLayoutsTest {
    static Stream<RuleCase> layouts() throws IOException {
        return RuleCases.inFolder(TestRules.RESOURCES.resolve("coach-layouts"), null).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layouts")
    void givesExactlyTheExpectedFindings(RuleCase layout) {
        CaseResult result = new CaseRunner(TestRules.service()).run(layout);
        assertTrue(result.passed(), layout.name() + ":" + result.describe());
    }
}
