package com.programaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A loading begun before the command line is parsed is used by the start() of that folder, and only once. */
class PrestartTest {
    private static final Path RULES = TestRules.RULES;

    private static List<String> ids(RuleBook book) {
        return book.rules().stream().map(RuleInfo::id).toList();
    }

    @Test
    void theStartOfThePrestartedFolderTakesItsLoadingOnce() throws Exception {
        RuleBook.prestart(RULES);
        RulesLoading prestarted = RuleBook.pendingPrestart().orElseThrow().join();
        assertSame(prestarted, RuleBook.start(RULES));
        assertTrue(RuleBook.pendingPrestart().isEmpty(), "taken: the next start loads afresh");
        assertEquals(ids(RuleBook.load(RULES)), ids(prestarted.finish()));
    }

    @Test
    void aPrestartOfAnotherFolderIsNotUsedAndIsForgotten(@TempDir Path elsewhere) throws Exception {
        Path missing = elsewhere.resolve("no-rules-here");
        RuleBook.prestart(missing);
        RulesLoading loading = RuleBook.start(RULES);
        assertEquals(ids(RuleBook.load(RULES)), ids(loading.finish()));
        assertTrue(RuleBook.pendingPrestart().isEmpty());
        // the other folder, started later, is loaded afresh and reported missing as always
        assertThrows(RuleLoadException.class, () -> RuleBook.start(missing).finish());
    }
}
