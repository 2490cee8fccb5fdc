package com.programaudit.ruletest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                cases.addAll(inFolder(folder, folder.getFileName().toString()));
            }
        }
        return cases;
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
