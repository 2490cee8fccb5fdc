package com.programaudit.ruletest;

import com.programaudit.audit.AuditService;
import com.programaudit.engine.Auditor;
import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleFailures;
import com.programaudit.engine.RuleInfo;
import com.programaudit.model.ProgramFacts;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a freshly compiled rule book on the rule test cases' programs before it is trusted: a rule that
 * compiles but throws when it runs is a load problem, "file:line: message" like a compile error, found
 * here rather than on a coach's upload. Only throws count: whether the findings match the cases'
 * expectations is `rules test`'s business (a policy edit may change them on purpose).
 */
public final class RuleTrial {
    private RuleTrial() { }

    /** The book, once it has run on the rule test cases without a rule throwing; else each throw as a load problem. */
    public static RuleBook require(RuleBook book) throws com.programaudit.engine.RuleLoadException {
        List<String> problems = problems(book);
        if (!problems.isEmpty()) throw new com.programaudit.engine.RuleLoadException(problems);
        return book;
    }

    /** The problems of running {@code book} on every case input of its folder's tests/; empty when none threw. */
    public static List<String> problems(RuleBook book) {
        List<Path> inputs = new ArrayList<>();
        try {
            for (RuleCase ruleCase : RuleCases.inRulesFolder(book.folder())) {
                if (ruleCase.input() != null) inputs.add(ruleCase.input());
            }
        } catch (IOException e) {
            return List.of("tests:0: the rule test cases could not be listed to try the rules on: " + e.getMessage());
        }
        return problems(book, inputs);
    }

    /** One problem per rule that threw (the first program it threw on), in the order found. */
    public static List<String> problems(RuleBook book, List<Path> inputs) {
        AuditService reader = new AuditService(book);
        Auditor auditor = new Auditor(book);
        Map<String, String> byRule = new LinkedHashMap<>();
        for (Path input : inputs) {
            for (ProgramFacts facts : reader.read(input).programs()) {
                try {
                    auditor.audit(facts);
                } catch (RuntimeException e) {
                    String rule = RuleFailures.ruleName(e).orElse(null);
                    byRule.putIfAbsent(rule, describe(book, rule, e, book.folder().relativize(input)));
                }
            }
        }
        return new ArrayList<>(byRule.values());
    }

    private static String describe(RuleBook book, String ruleName, RuntimeException e, Path input) {
        RuleInfo info = RuleFailures.named(book, ruleName).orElse(null);
        String where = info != null ? info.where() : "the rules folder:0";
        String rule = info != null ? info.id() : ruleName != null ? "rule \"" + ruleName + "\"" : "a rule";
        return where + ": " + rule + " throws when it runs (" + rootMessage(e) + ") on the test program "
                + input.toString().replace('\\', '/') + ".";
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + firstLine(root.getMessage()));
    }

    private static String firstLine(String text) {
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end);
    }
}
