package com.programaudit.cli;

import com.programaudit.audit.AuditService;
import com.programaudit.docs.RulesDocument;
import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleInfo;
import com.programaudit.engine.RuleLoadException;
import com.programaudit.ruletest.CaseResult;
import com.programaudit.ruletest.CaseRunner;
import com.programaudit.ruletest.RuleCase;
import com.programaudit.ruletest.RuleCases;
import com.programaudit.ruletest.RuleCoverage;
import com.programaudit.ruletest.RuleTrial;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `rules list`, `rules check`, `rules test` and `rules docs`. */
@Command(name = "rules", description = "Lists, checks, tests or documents the rules folder.", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class,
                RulesCommand.DocsRules.class})
final class RulesCommand {

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Lists the loaded rules: id, severity, scope, sources, description.")
    static final class ListRules implements Callable<Integer> {
        @Mixin RulesOption rules;
        @Spec CommandSpec spec;

        @Override public Integer call() {
            Optional<RuleBook> loaded = rules.load(spec.commandLine().getErr());
            if (loaded.isEmpty()) return ExitCodes.FINDINGS;
            RuleBook book = loaded.get();
            PrintWriter out = spec.commandLine().getOut();
            out.printf("%-34s %-8s %-9s %-32s %s%n", "ID", "SEVERITY", "SCOPE", "SOURCES", "DESCRIPTION");
            for (RuleInfo rule : book.rules()) {
                out.printf("%-34s %-8s %-9s %-32s %s%n", rule.id(), rule.severity().label(), rule.scope().label(),
                        String.join(",", rule.sources()), rule.description());
            }
            out.printf("%d rules from %s%n", book.rules().size(), book.folder());
            out.flush();
            return 0;
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = "Compiles the rules folder and runs it on the rule test cases' programs; prints each problem (a compile error, a rule that throws) as file:line: message. Exit 0 only when clean.")
    static final class CheckRules implements Callable<Integer> {
        @Mixin RulesOption rules;
        @Spec CommandSpec spec;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            Path folder = rules.folder();
            try {
                // a rule that compiles may still throw when it runs: try the book on the rule test cases
                RuleBook book = RuleTrial.require(RuleBook.check(folder));
                out.printf("%s: %d rules, %d exercises, %d policy values: OK%n", folder,
                        book.rules().size(), book.catalog().size(), book.policy().values().size());
                out.flush();
                return 0;
            } catch (RuleLoadException e) {
                e.problems().forEach(out::println);
                out.printf("%d problem(s) in %s%n", e.problems().size(), folder);
                out.flush();
                return ExitCodes.FINDINGS;
            }
        }
    }

    @Command(name = "test", mixinStandardHelpOptions = true, description = "Runs the rule tests in rules/tests/<RULE_ID>/ (cases with expected findings); exit 0 when all pass and every rule has a firing and a quiet case.")
    static final class TestRules implements Callable<Integer> {
        @Mixin RulesOption rules;
        @Spec CommandSpec spec;

        @Override public Integer call() throws IOException {
            PrintWriter out = spec.commandLine().getOut();
            Optional<RuleBook> loaded = rules.load(out);
            if (loaded.isEmpty()) return ExitCodes.FINDINGS;
            RuleBook book = loaded.get();
            List<RuleCase> cases = RuleCases.inRulesFolder(book.folder());
            CaseRunner runner = new CaseRunner(new AuditService(book));
            int passed = 0;
            int failed = 0;
            int skipped = 0;
            for (RuleCase ruleCase : cases) {
                CaseResult result = runner.run(ruleCase);
                if (result.isSkipped()) {
                    skipped++;
                    out.println("SKIP " + ruleCase.title() + " (" + result.skipped() + ")");
                    continue;
                }
                if (result.passed()) passed++; else failed++;
                out.println((result.passed() ? "PASS " : "FAIL ") + ruleCase.title() + (result.passed() ? "" : result.describe()));
            }
            List<String> gaps = RuleCoverage.gaps(book, cases);
            gaps.forEach(gap -> out.println("GAP  " + gap));
            out.println(passed + " passed, " + failed + " failed" + (skipped == 0 ? "" : ", " + skipped + " skipped (rule switched off)")
                    + (gaps.isEmpty() ? "" : ", " + gaps.size() + " rule(s) not fully tested"));
            out.flush();
            return failed == 0 && gaps.isEmpty() ? 0 : ExitCodes.FINDINGS;
        }
    }

    @Command(name = "docs", mixinStandardHelpOptions = true, description = "Writes a Markdown page of all rules from their metadata (to --out FILE or standard output).")
    static final class DocsRules implements Callable<Integer> {
        @Mixin RulesOption rules;
        @Option(names = "--out", paramLabel = "FILE", description = "write the page here instead of standard output")
        Path out;
        @Spec CommandSpec spec;

        @Override public Integer call() throws IOException {
            Optional<RuleBook> loaded = rules.load(spec.commandLine().getErr());
            if (loaded.isEmpty()) return ExitCodes.FINDINGS;
            String page = new RulesDocument(loaded.get()).markdown();
            if (out == null) {
                spec.commandLine().getOut().print(page);
                spec.commandLine().getOut().flush();
            } else {
                Files.writeString(out, page, StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("Wrote " + out);
                spec.commandLine().getErr().flush();
            }
            return 0;
        }
    }
}
