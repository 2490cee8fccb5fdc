package com.programaudit.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * Which file declares each rule ("package|rule name" → path in the rules folder). The executable
 * model does not keep a rule's resource, so this is worked out from the sources when the rules are
 * compiled and stored with them: a DRL by its package and rule lines, a decision table by the DRL
 * Drools generates from it.
 */
final class RuleSourceFiles {
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern RULE = Pattern.compile("(?m)^\\s*rule\\s+\"((?:[^\"\\\\]|\\\\.)*)\"");

    private RuleSourceFiles() { }

    static Map<String, String> of(Path folder, List<Path> ruleFiles) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (Path file : ruleFiles) {
            String drl = drl(file);
            Matcher pkg = PACKAGE.matcher(drl);
            String packageName = pkg.find() ? pkg.group(1) : "defaultpkg";
            String relative = RuleSources.relative(folder, file);
            Matcher rule = RULE.matcher(drl);
            while (rule.find()) files.putIfAbsent(CompiledRules.key(packageName, rule.group(1).replace("\\\"", "\"")), relative);
        }
        return files;
    }

    private static String drl(Path file) throws IOException {
        if (file.getFileName().toString().endsWith(".drl")) return Files.readString(file, StandardCharsets.UTF_8);
        try (InputStream in = Files.newInputStream(file)) {
            return new SpreadsheetCompiler().compile(in, InputType.XLS);
        }
    }
}
