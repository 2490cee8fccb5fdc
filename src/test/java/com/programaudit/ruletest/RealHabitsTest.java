package com.programaudit.ruletest;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.io.IOException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Look-alikes of the spreadsheets people actually share (SPREADSHEETS.md, "What real files add"), one
 * per habit and written here, never copied: each with its expected reading (program.read counts),
 * findings, or the words its refusal must hold.
 */
class RealHabitsTest {
    static Stream<RuleCase> habits() throws IOException {
        return RuleCases.inFolder(TestRules.RESOURCES.resolve("real-habits"), null).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("habits")
    void readsAsExpected(RuleCase habit) {
        CaseResult result = new CaseRunner(TestRules.service()).run(habit);
        assertTrue(result.passed(), habit.name() + ":" + result.describe());
    }
}
