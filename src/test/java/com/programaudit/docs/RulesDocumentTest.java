package com.programaudit.docs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.engine.RuleInfo;
import org.junit.jupiter.api.Test;

class RulesDocumentTest {
    private final String page = new RulesDocument(TestRules.book()).markdown();

    @Test
    void everyRuleHasItsSectionWithMetadata() {
        for (RuleInfo rule : TestRules.book().rules()) {
            int at = page.indexOf("\n## " + rule.id() + "\n");
            assertTrue(at >= 0, "no section for " + rule.id());
            String section = page.substring(at, Math.max(at, page.indexOf("\n## ", at + 4)));
            assertTrue(section.contains(rule.description()), rule.id() + ": description");
            assertTrue(section.contains("- Severity: " + rule.severity().label()), rule.id() + ": severity");
            assertTrue(section.contains("`" + rule.where() + "`"), rule.id() + ": file and line");
        }
    }

    @Test
    void thresholdsAndTheirMeaningsComeFromThePolicyFile() {
        assertTrue(page.contains("- Thresholds: `maxDropSetsPerSession` = 2"), "TOO_MANY_DROP_SETS reads its threshold");
        assertTrue(page.contains("| `maxDropSetsPerSession` | 2 | TOO_MANY_DROP_SETS: most drop sets allowed in one session. |"),
                "the policy table carries the file's comment");
    }
}
