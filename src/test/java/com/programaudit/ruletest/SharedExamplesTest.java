package com.programaudit.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's examples (copied from shared/examples) give exactly their expected findings.
 */
class SharedExamplesTest {
    @ParameterizedTest
    @ValueSource(strings = {"anna_upper_lower", "ben_strength_weeks", "carla_weeks_across", "dan_full_body", "eva_clean"})
    void exampleGivesExactlyItsExpectedFindings(String name) throws IOException {
        List<RuleCase> cases = RuleCases.inFolder(TestRules.RESOURCES.resolve("examples"), null).stream()
                .filter(c -> c.name().equals(name)).toList();
        assertEquals(1, cases.size(), "example " + name + " not found");
        CaseResult result = new CaseRunner(TestRules.service()).run(cases.get(0));
        assertTrue(result.passed(), name + ":" + result.describe());
    }
}
