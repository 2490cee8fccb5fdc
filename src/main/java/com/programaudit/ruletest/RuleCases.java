package com.programaudit.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Finds cases: every {@code X.expected.json} beside an input {@code X.csv|xlsx|xls}. */
public final class RuleCases {
    /** Under rules/tests/: the thresholds the cases were written for. */
    public static final String WRITTEN_FOR = "policy.properties";

    private RuleCases() { }

    /** rules/tests/RULE_ID/*.expected.json: each compared on its folder's rule only. */
    public static List<RuleCase> inRulesFolder(Path rulesFolder) throws IOException {
        Path tests = rulesFolder.resolve("tests");
        List<RuleCase> cases = new ArrayList<>();
        if (!Files.isDirectory(tests)) return cases;
        try (Stream<Path> folders = Files.list(tests)) {
            Map<String, String> writtenFor = writtenFor(tests.resolve(WRITTEN_FOR));
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                for (RuleCase c : inFolder(folder, folder.getFileName().toString())) {
                    cases.add(new RuleCase(c.rule(), c.name(), c.input(), c.expected(), writtenFor));
                }
            }
        }
        return cases;
    }

    /** The thresholds file's values, switches (RULE.enabled, RULE.severity) left out; none when absent. */
    private static Map<String, String> writtenFor(Path file) throws IOException {
        if (!Files.isRegularFile(file)) return Map.of();
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> values = new TreeMap<>();
        for (String key : properties.stringPropertyNames()) {
            if (key.endsWith(".enabled") || key.endsWith(".severity")) continue;
            values.put(key, properties.getProperty(key).strip());
        }
        return values;
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
