package com.programaudit.web;

import com.programaudit.audit.AuditService;
import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleLoadException;
import com.programaudit.ruletest.RuleTrial;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules the server audits with right now. New rules go into service only once they compile and
 * run on the rule test cases' programs without throwing; a reload that fails either keeps the last good
 * rule book in service and remembers the problems, so /rules, /api/rules and /health can show them.
 */
public final class LiveRules {
    private static final Logger LOG = LoggerFactory.getLogger(LiveRules.class);

    /** One consistent view: a request takes it once and audits the whole upload with it. */
    public record Snapshot(AuditService service, Instant loadedAt, List<String> problems, Instant failedAt) {
        public RuleBook book() { return service.rules(); }

        public boolean lastReloadFailed() { return !problems.isEmpty(); }
    }

    private final Path folder;
    private volatile Snapshot current;

    private LiveRules(RuleBook book) {
        this.folder = book.folder();
        this.current = new Snapshot(new AuditService(book), Instant.now(), List.of(), null);
    }

    /** Compiles and tries the folder once; the server does not start on rules that do not compile or that throw. */
    public static LiveRules load(Path folder) throws RuleLoadException {
        return serving(RuleTrial.require(RuleBook.load(folder)));
    }

    /** Serves a rule book already compiled; reloads read its folder. */
    public static LiveRules serving(RuleBook book) { return new LiveRules(book); }

    public Path folder() { return folder; }

    public Snapshot current() { return current; }

    /**
     * Problems as a page or an API answer shows them: the folder's place on the server's disk left out (a missing
     * folder is named by its absolute path, which the command line wants and a browser has no business seeing).
     */
    private List<String> withoutThePath(List<String> problems) {
        Path absolute = folder.toAbsolutePath().normalize();
        String name = absolute.getFileName() == null ? "rules" : absolute.getFileName().toString();
        return problems.stream().map(p -> p.replace(absolute.toString(), name)).toList();
    }

    /** Recompiles the folder; returns true when the new rules are in service. */
    public synchronized boolean reload() {
        Snapshot before = current;
        try {
            RuleBook book = RuleTrial.require(RuleBook.load(folder));
            current = new Snapshot(new AuditService(book), Instant.now(), List.of(), null);
            LOG.info("Reloaded {} rules from {}", book.rules().size(), folder);
            return true;
        } catch (RuleLoadException e) {
            current = new Snapshot(before.service(), before.loadedAt(), withoutThePath(e.problems()), Instant.now());
            LOG.warn("The rules folder {} no longer loads; still serving the rules loaded at {}:\n  {}",
                    folder, before.loadedAt(), String.join("\n  ", e.problems()));
            return false;
        } catch (RuntimeException e) {
            // a half-written file can trip the compiler itself; keep serving and say so
            current = new Snapshot(before.service(), before.loadedAt(),
                    List.of("the rules folder:0: the rules could not be compiled: " + e), Instant.now());
            LOG.warn("Reloading {} failed unexpectedly; still serving the last good rules", folder, e);
            return false;
        }
    }
}
