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

    /** A copy of rules/ a test may edit, as a head coach edits theirs. */
    public static void copyRulesTo(Path target) throws java.io.IOException {
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(RULES)) {
            for (Path source : walk.toList()) {
                Path copy = target.resolve(RULES.relativize(source).toString());
                if (java.nio.file.Files.isDirectory(source)) java.nio.file.Files.createDirectories(copy);
                else java.nio.file.Files.copy(source, copy);
            }
        }
    }
}
