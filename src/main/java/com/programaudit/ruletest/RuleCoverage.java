package com.programaudit.ruletest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleInfo;
import com.programaudit.engine.Sources;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a rule needs before a head coach can trust it: its metadata, and test cases that show it
 * firing and not firing (like ESLint's RuleTester: invalid and valid cases). Used by `rules test`
 * and by the project's own meta-test.
 */
public final class RuleCoverage {
    private static final ObjectMapper JSON = new ObjectMapper();

    private RuleCoverage() { }

    /** One line per gap, naming the rule and its file; empty when every rule is described and tested. */
    public static List<String> gaps(RuleBook book, List<RuleCase> cases) throws IOException {
        List<String> gaps = new ArrayList<>();
        for (RuleInfo rule : book.rules()) {
            String where = rule.where() + ": rule " + rule.id() + " ";
            if (rule.severity() == null) gaps.add(where + "has no @severity (error, warning or info)");
            if (rule.scope() == null) gaps.add(where + "has no @scope");
            if (rule.description() == null || rule.description().isBlank()) gaps.add(where + "has no @description");
            if (rule.sources().isEmpty()) gaps.add(where + "has no @sources (article keys from sources.csv, or \"none\")");
            rule.sources().stream().filter(key -> !key.equals(Sources.NONE) && !book.sources().has(key))
                    .forEach(key -> gaps.add(where + "cites '" + key + "', which is not in sources.csv"));
            int firing = 0;
            int quiet = 0;
            for (RuleCase ruleCase : cases) {
                if (!rule.id().equals(ruleCase.rule())) continue;
                if (expectsFinding(ruleCase, rule.id())) firing++; else quiet++;
            }
            if (firing == 0) gaps.add(where + "has no test case where it fires (tests/" + rule.id() + "/fires-….expected.json)");
            if (quiet == 0) gaps.add(where + "has no test case where it stays quiet (tests/" + rule.id() + "/passes-….expected.json)");
        }
        return gaps;
    }

    private static boolean expectsFinding(RuleCase ruleCase, String ruleId) throws IOException {
        JsonNode expected = JSON.readTree(ruleCase.expected().toFile());
        for (JsonNode finding : expected.path("findings")) {
            if (ruleId.equals(finding.path("rule").asText())) return true;
        }
        return false;
    }
}
