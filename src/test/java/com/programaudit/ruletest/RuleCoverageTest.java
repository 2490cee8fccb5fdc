package com.programaudit.ruletest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.engine.RuleBook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Meta-test: every rule has its metadata and test cases that show it firing and staying quiet. */
class RuleCoverageTest {
    @Test
    void everyRuleIsDescribedCitedAndTestedBothWays() throws Exception {
        RuleBook book = TestRules.book();
        List<String> gaps = RuleCoverage.gaps(book, RuleCases.inRulesFolder(TestRules.RULES));
        assertTrue(book.rules().size() >= 20, "expected the whole catalog, got " + book.rules().size());
        assertEquals(List.of(), gaps);
    }

    @Test
    void aNewRuleWithoutTestsOrSourcesIsAGap(@TempDir Path copy) throws Exception {
        TestRules.copyRulesTo(copy);
        Files.writeString(copy.resolve("quality/untested.drl"), """
                package quality;
                import com.programaudit.model.*;
                import com.programaudit.engine.Draft;
                rule "An untested rule"
                    @id(UNTESTED_RULE)
                    @severity(info)
                    @scope(program)
                    @sources("")
                    @description("Fires on every program.")
                when
                    $p : Program()
                then
                    insert(Draft.program(kcontext, $p).says("hello"));
                end
                """);
        List<String> gaps = RuleCoverage.gaps(RuleBook.load(copy), RuleCases.inRulesFolder(copy));
        assertTrue(gaps.stream().anyMatch(g -> g.contains("UNTESTED_RULE") && g.contains("no @sources")), gaps.toString());
        assertTrue(gaps.stream().anyMatch(g -> g.contains("UNTESTED_RULE") && g.contains("fires")), gaps.toString());
        assertTrue(gaps.stream().anyMatch(g -> g.contains("UNTESTED_RULE") && g.contains("quiet")), gaps.toString());
    }
}
