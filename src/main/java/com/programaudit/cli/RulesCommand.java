package com.programaudit.cli;

import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleInfo;
import com.programaudit.engine.RuleLoadException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `rules list`, `rules check`, `rules test` and `rules docs`. */
@Command(name = "rules", description = "Lists or checks the rules folder.", mixinStandardHelpOptions = true,
        subcommands = {RulesCommand.ListRules.class, RulesCommand.CheckRules.class, RulesCommand.TestRules.class,
                RulesCommand.DocsRules.class})
final class RulesCommand {

    @Command(name = "list", description = "Lists the loaded rules: id, severity, scope, sources, description.")
    static final class ListRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/)")
        Path rules;
        @Spec CommandSpec spec;

        @Override public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                RuleBook book = RuleBook.load(RulesFolder.resolve(rules));
                out.printf("%-34s %-8s %-9s %-32s %s%n", "ID", "SEVERITY", "SCOPE", "SOURCES", "DESCRIPTION");
                for (RuleInfo rule : book.rules()) {
                    out.printf("%-34s %-8s %-9s %-32s %s%n", rule.id(), rule.severity().label(), rule.scope().label(),
                            String.join(",", rule.sources()), rule.description());
                }
                out.printf("%d rules from %s%n", book.rules().size(), book.folder());
                out.flush();
                return 0;
            } catch (RuleLoadException e) {
                e.problems().forEach(spec.commandLine().getErr()::println);
                return ExitCodes.FINDINGS;
            }
        }
    }

    @Command(name = "check", description = "Compiles the rules folder; prints each problem as file:line: message. Exit 0 only when clean.")
    static final class CheckRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/)")
        Path rules;
        @Spec CommandSpec spec;

        @Override public Integer call() {
            Path folder = RulesFolder.resolve(rules);
            try {
                RuleBook book = RuleBook.load(folder);
                spec.commandLine().getOut().printf("%s: %d rules, %d exercises, %d policy values: OK%n", folder,
                        book.rules().size(), book.catalog().size(), book.policy().values().size());
                spec.commandLine().getOut().flush();
                return 0;
            } catch (RuleLoadException e) {
                PrintWriter out = spec.commandLine().getOut();
                e.problems().forEach(out::println);
                out.printf("%d problem(s) in %s%n", e.problems().size(), folder);
                out.flush();
                return ExitCodes.FINDINGS;
            }
        }
    }

    @Command(name = "test", description = "Runs the rule tests in rules/tests/<RULE_ID>/ (cases with expected findings); exit 0 when all pass.")
    static final class TestRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/)")
        Path rules;
        @Spec CommandSpec spec;

        @Override public Integer call() throws java.io.IOException {
            Path folder = RulesFolder.resolve(rules);
            PrintWriter out = spec.commandLine().getOut();
            RuleBook book;
            try {
                book = RuleBook.load(folder);
            } catch (RuleLoadException e) {
                e.problems().forEach(out::println);
                out.flush();
                return ExitCodes.FINDINGS;
            }
            com.programaudit.ruletest.CaseRunner runner =
                    new com.programaudit.ruletest.CaseRunner(new com.programaudit.audit.AuditService(book));
            int passed = 0;
            int failed = 0;
            for (com.programaudit.ruletest.RuleCase ruleCase : com.programaudit.ruletest.RuleCases.inRulesFolder(folder)) {
                com.programaudit.ruletest.CaseResult result = runner.run(ruleCase);
                if (result.passed()) passed++; else failed++;
                out.println((result.passed() ? "PASS " : "FAIL ") + ruleCase.title() + (result.passed() ? "" : result.describe()));
            }
            List<String> gaps = com.programaudit.ruletest.RuleCoverage.gaps(book,
                    com.programaudit.ruletest.RuleCases.inRulesFolder(folder));
            gaps.forEach(gap -> out.println("GAP  " + gap));
            out.println(passed + " passed, " + failed + " failed" + (gaps.isEmpty() ? "" : ", " + gaps.size() + " rule(s) not fully tested"));
            out.flush();
            return failed == 0 && gaps.isEmpty() ? 0 : ExitCodes.FINDINGS;
        }
    }

    @Command(name = "docs", description = "Writes a Markdown page of all rules from their metadata (to --out FILE or standard output).")
    static final class DocsRules implements Callable<Integer> {
        @Option(names = "--rules", paramLabel = "DIR", description = "rules folder (default: rules/)")
        Path rules;
        @Option(names = "--out", paramLabel = "FILE", description = "write the page here instead of standard output")
        Path out;
        @Spec CommandSpec spec;

        @Override public Integer call() throws java.io.IOException {
            RuleBook book;
            try {
                book = RuleBook.load(RulesFolder.resolve(rules));
            } catch (RuleLoadException e) {
                e.problems().forEach(spec.commandLine().getErr()::println);
                return ExitCodes.FINDINGS;
            }
            String page = new com.programaudit.docs.RulesDocument(book).markdown();
            if (out == null) {
                spec.commandLine().getOut().print(page);
                spec.commandLine().getOut().flush();
            } else {
                java.nio.file.Files.writeString(out, page, java.nio.charset.StandardCharsets.UTF_8);
                spec.commandLine().getErr().println("Wrote " + out);
            }
            return 0;
        }
    }
}
