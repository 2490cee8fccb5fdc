package com.programaudit.accept;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.ruletest.CaseResult;
import com.programaudit.ruletest.CaseRunner;
import com.programaudit.ruletest.RuleCase;
import com.programaudit.ruletest.RuleCases;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The audit-ignore cases kept as data: each program with the findings it keeps and those it accepts. */
class AcceptCasesTest {
    @TestFactory
    Stream<DynamicTest> inlineMarkers() throws IOException {
        List<RuleCase> cases = RuleCases.inFolder(Path.of("src/test/resources/accept/inline"), null);
        assertFalse(cases.isEmpty());
        CaseRunner runner = new CaseRunner(TestRules.service());
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.title(), () -> {
            CaseResult result = runner.run(c);
            assertTrue(result.passed(), c.title() + ":" + result.describe());
        }));
    }
}
