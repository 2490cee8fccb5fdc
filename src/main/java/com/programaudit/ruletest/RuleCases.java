package com.programaudit.ruletest;

import com.programaudit.engine.Policy;
import com.programaudit.engine.RuleLoadException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Finds cases: every {@code X.expected.json} beside an input {@code X.csv|xlsx|xls}. */
public final class RuleCases {
    private RuleCases() { }

    /** rules/tests/RULE_ID/*.expected.json: each compared on its folder's rule only. */
    public static List<RuleCase> inRulesFolder(Path rulesFolder) throws IOException {
        Path tests = rulesFolder.resolve("tests");
        List<RuleCase> cases = new ArrayList<>();
        if (!Files.isDirectory(tests)) return cases;
        try (Stream<Path> folders = Files.list(tests)) {
            Map<String, String> writtenFor = writtenFor(tests);
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                for (RuleCase c : inFolder(folder, folder.getFileName().toString())) {
                    cases.add(new RuleCase(c.rule(), c.name(), c.input(), c.expected(), writtenFor));
                }
            }
        }
        return cases;
    }

    /** rules/tests/policy.properties: the thresholds the cases were written for (read as the rules' own policy is), switches (RULE.enabled, RULE.severity) left out. */
    private static Map<String, String> writtenFor(Path tests) throws IOException {
        try {
            Map<String, String> values = new TreeMap<>(Policy.load(tests).values());
            values.keySet().removeIf(key -> key.endsWith(".enabled") || key.endsWith(".severity"));
            return values;
        } catch (RuleLoadException e) {
            throw new IOException(String.join("; ", e.problems()), e);
        }
    }

    /** A folder of cases compared on every scored rule (rule == null), like the shared examples. */
    public static List<RuleCase> inFolder(Path folder, String rule) throws IOException {
        List<RuleCase> cases = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path expected : files.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList()) {
                String name = expected.getFileName().toString().replace(".expected.json", "");
                Path input = null;
                for (String ext : List.of(".csv", ".xlsx", ".xls")) {
                    if (Files.exists(folder.resolve(name + ext))) input = folder.resolve(name + ext);
                }
                cases.add(new RuleCase(rule, name, input, expected));
            }
        }
        return cases;
    }
}
