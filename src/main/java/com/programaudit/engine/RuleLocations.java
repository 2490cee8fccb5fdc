package com.programaudit.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.kie.api.definition.rule.Rule;

/**
 * Where a compiled rule was written, so metadata problems read "file:line: message" like compile
 * errors. Drools keeps the resource but not the line: the line is found by scanning the DRL for the
 * rule's declaration; a decision table's rules are named after their spreadsheet row.
 */
final class RuleLocations {
    record Location(String file, int line) { }

    private static final Pattern DECLARATION = Pattern.compile("^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern TABLE_ROW = Pattern.compile("_(\\d+)$");
    private final Path folder;
    private final Map<String, String> compiledRuleFiles;
    private final Map<String, Map<String, Integer>> linesByFile = new HashMap<>();

    /** @param compiledRuleFiles the file of each rule ("package|name"), for rules that do not keep their resource */
    RuleLocations(Path folder, Map<String, String> compiledRuleFiles) {
        this.folder = folder;
        this.compiledRuleFiles = compiledRuleFiles;
    }

    Location of(Rule rule) {
        String file = fileOf(rule);
        if (file == null) return new Location(rule.getPackageName(), 0);
        if (file.endsWith(".drl.xlsx")) {
            Matcher row = TABLE_ROW.matcher(rule.getName());
            return new Location(file, row.find() ? Integer.parseInt(row.group(1)) : 0);
        }
        return new Location(file, linesByFile.computeIfAbsent(file, this::declarations).getOrDefault(rule.getName(), 0));
    }

    private String fileOf(Rule rule) {
        // the executable model keeps no resource: the file was noted when the rules were compiled
        if (!(rule instanceof RuleImpl impl) || impl.getResource() == null) {
            return compiledRuleFiles.get(CompiledRules.key(rule.getPackageName(), rule.getName()));
        }
        String path = impl.getResource().getSourcePath();
        return path == null ? null : path.replaceFirst("^src/main/resources/", "");
    }

    private Map<String, Integer> declarations(String file) {
        Map<String, Integer> lines = new HashMap<>();
        try {
            List<String> text = Files.readAllLines(folder.resolve(file));
            for (int i = 0; i < text.size(); i++) {
                Matcher m = DECLARATION.matcher(text.get(i));
                if (m.find()) lines.putIfAbsent(m.group(1).replace("\\\"", "\""), i + 1);
            }
        } catch (IOException | RuntimeException e) {
            // No line numbers then; the file name still tells the coach where to look.
        }
        return lines;
    }
}
