package com.programaudit;

import com.programaudit.audit.AuditService;
import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleLoadException;
import java.nio.file.Path;

/** The project's rules folder, compiled once for the whole test run (as the CLI shares one KieBase). */
public final class TestRules {
    public static final Path RULES = Path.of("rules");
    public static final Path RESOURCES = Path.of("src/test/resources");
    private static RuleBook book;

    private TestRules() { }

    public static synchronized RuleBook book() {
        if (book == null) {
            try {
                book = RuleBook.load(RULES);
            } catch (RuleLoadException e) {
                throw new AssertionError("rules/ does not compile:\n" + e.getMessage(), e);
            }
        }
        return book;
    }

    public static AuditService service() { return new AuditService(book()); }
}
