package com.programaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cached rules' Java is compiled at language level 8 (see ExecutableRules#compileRuleCodeAtJava8), so their
 * string concatenations need no linking at each start; rules written in later Java still load.
 */
class RuleCodeLevelTest {
    private static final int JAVA_8_CLASS_FILE = 52;

    /** In a JVM of its own: the level is fixed once per JVM, and this one's may have been fixed by another test. */
    @Test
    void aFreshJvmCachesRuleClassesOfJava8WithoutConcatenationCallSites(@TempDir Path rules, @TempDir Path cache)
            throws Exception {
        TestRules.copyRulesTo(rules);
        Run run = rulesList(rules, cache);
        assertEquals(0, run.status(), run.output());

        List<Path> entries = cacheEntries(cache);
        assertEquals(1, entries.size(), entries.toString());
        String fingerprint = entries.get(0).getFileName().toString().replace(".rules", "");
        byte[] kjar = CompiledRulesCache.decode(Files.readAllBytes(entries.get(0)), fingerprint).kjar();
        int classes = 0;
        boolean builderChains = false;
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(kjar))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (!entry.getName().endsWith(".class")) continue;
                byte[] bytes = in.readAllBytes();
                classes++;
                int major = ((bytes[6] & 0xff) << 8) | (bytes[7] & 0xff);
                assertEquals(JAVA_8_CLASS_FILE, major, entry.getName());
                String text = new String(bytes, StandardCharsets.ISO_8859_1);
                assertFalse(text.contains("makeConcatWithConstants"), entry.getName());
                builderChains |= text.contains("java/lang/StringBuilder");
            }
        }
        assertTrue(classes > 50, classes + " classes");
        assertTrue(builderChains, "the rules' messages are concatenated with StringBuilder");
    }

    /**
     * A rule written in later Java (a {@code var}) still loads, compiled the classic way, and the run says that it will
     * be compiled at every start; nothing is cached for it.
     */
    @Test
    void aRuleWrittenInLaterJavaStillLoadsUncachedWithAWarning(@TempDir Path rules, @TempDir Path cache) throws Exception {
        TestRules.copyRulesTo(rules);
        Path failure = rules.resolve("failure/failure_sets.drl");
        String drl = Files.readString(failure);
        String later = drl.replace("int rir = policy.intValue(\"heavyCompoundTargetRir\");",
                "var rir = policy.intValue(\"heavyCompoundTargetRir\");");
        assertFalse(later.equals(drl), "the rule to edit is there");
        Files.writeString(failure, later);

        Run run = rulesList(rules, cache);
        assertEquals(0, run.status(), run.output());
        assertTrue(run.output().contains("FAILURE_ON_HEAVY_COMPOUND"), run.output());
        assertTrue(run.output().contains("compiled afresh at every start"), run.output());
        assertEquals(List.of(), cacheEntries(cache));
    }

    private record Run(int status, String output) { }

    /** {@code rules list} in a JVM of its own, with its own cache folder. */
    private static Run rulesList(Path rules, Path cache) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process run = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + CompiledRulesCache.PROPERTY + "=" + cache, "com.programaudit.cli.Main", "rules", "list",
                "--rules", rules.toString())
                .redirectErrorStream(true).start();
        String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(run.waitFor(), output);
    }

    private static List<Path> cacheEntries(Path cache) throws IOException {
        try (Stream<Path> list = Files.list(cache)) {
            return list.filter(p -> p.toString().endsWith(".rules")).toList();
        }
    }
}
