package com.programaudit.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Policy values the DRL files read ({@code policy.intValue("key")}). A key missing from
 * policy.properties would only fail mid-audit, so `rules check` reports it up front.
 */
public record PolicyReads(Set<String> read, List<String> missing) {
    public static final Pattern READ = Pattern.compile("policy\\.(?:intValue|number)\\(\"(\\w+)\"\\)");

    /** Policy values read by Java code rather than by a rule's text (block lengths, the volume chart's band). */
    public static final Set<String> READ_BY_CODE = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(BlockLimits.MAX_WEEKS, BlockLimits.MAX_METABOLIC_WEEKS), VolumeBand.keys().stream())
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    /**
     * One pass over the rule files: every policy value they read (with those Java code reads), and each
     * read of a value policy.properties does not set, as {@code file:line: message}.
     */
    static PolicyReads scan(Path folder, List<Path> ruleFiles, Policy policy) {
        Set<String> keys = new java.util.HashSet<>(READ_BY_CODE);
        List<String> problems = new ArrayList<>();
        for (Path file : ruleFiles) {
            if (!file.getFileName().toString().endsWith(".drl")) continue;
            try {
                List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher m = READ.matcher(lines.get(i));
                    while (m.find()) {
                        keys.add(m.group(1));
                        if (!policy.has(m.group(1))) {
                            problems.add(RuleSources.relative(folder, file) + ":" + (i + 1)
                                    + ": the rule reads policy value '" + m.group(1) + "', which " + Policy.FILE + " does not set");
                        }
                    }
                }
            } catch (IOException e) {
                // Unreadable files are already reported by the compile step.
            }
        }
        return new PolicyReads(keys, problems);
    }
}
