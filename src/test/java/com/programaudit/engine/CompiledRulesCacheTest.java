package com.programaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The compiled-rules cache: used while rules/ is unchanged, rebuilt after any edit, never trusted when damaged. */
class CompiledRulesCacheTest {
    private static final FileTime LONG_AGO = FileTime.fromMillis(0);

    @TempDir Path rules;
    @TempDir Path cache;
    private String before;

    @BeforeEach
    void useATemporaryCache() throws IOException {
        TestRules.copyRulesTo(rules);
        before = System.getProperty(CompiledRulesCache.PROPERTY);
        System.setProperty(CompiledRulesCache.PROPERTY, cache.toString());
    }

    @AfterEach
    void restoreTheCache() {
        if (before == null) System.clearProperty(CompiledRulesCache.PROPERTY);
        else System.setProperty(CompiledRulesCache.PROPERTY, before);
    }

    private List<Path> entries() throws IOException {
        try (Stream<Path> list = Files.list(cache)) {
            return list.filter(p -> p.toString().endsWith(".rules")).sorted().toList();
        }
    }

    private Path onlyEntry() throws IOException {
        List<Path> entries = entries();
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    @Test
    void theSecondLoadUsesTheCachedRulesWithTheSameMetadataAsAFreshCompile() throws Exception {
        List<RuleInfo> first = RuleBook.load(rules).rules();
        Path entry = onlyEntry();
        Files.setLastModifiedTime(entry, LONG_AGO);
        List<RuleInfo> second = RuleBook.load(rules).rules();
        assertEquals(LONG_AGO, Files.getLastModifiedTime(entry), "a hit reads the entry and writes nothing");
        assertEquals(first, second);
        assertEquals(RuleBook.check(rules).rules(), second, "ids, severities, sources, files and lines as the classic compiler gives them");
    }

    @Test
    void editingARuleCompilesAgainAndTheEditShows() throws Exception {
        RuleBook.load(rules);
        Path file = rules.resolve("structure/deload.drl");
        String drl = Files.readString(file);
        String description = "Any failure set in a deload week: a deload is for recovery.";
        assertTrue(drl.contains(description), "the test edits a known description");
        Files.writeString(file, drl.replace(description, "Edited: a deload week has no failure sets."));
        RuleInfo rule = RuleBook.load(rules).rules().stream().filter(r -> r.id().equals("FAILURE_IN_DELOAD")).findFirst().orElseThrow();
        assertEquals("Edited: a deload week has no failure sets.", rule.description());
        assertEquals(2, entries().size(), "one entry per version of the folder");
    }

    /** Any file of the folder is part of the key, not only the ones Drools compiles. */
    @ParameterizedTest
    @ValueSource(strings = {"structure/deload.drl", "techniques/techniques_by_block.drl.xlsx", "policy.properties",
            "catalog/exercises.csv", "vocabulary/headers.csv", "sources.csv", "layouts/kraftwerk_studio.properties"})
    void editingAnyFileChangesTheKey(String name) throws Exception {
        String key = RulesFingerprint.of(rules);
        assertEquals(key, RulesFingerprint.of(rules), "the key of an unchanged folder is stable");
        Path file = rules.resolve(name);
        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length - 1] ^= 1;
        Files.write(file, bytes);
        assertNotEquals(key, RulesFingerprint.of(rules), name);
    }

    /** A rules folder kept as its own git clone: a fetch rewrites .git, and the rules should not compile again for it. */
    @Test
    void versionControlFoldersAreNotPartOfTheKey() throws Exception {
        Files.createDirectories(rules.resolve(".git/refs"));
        Files.writeString(rules.resolve(".git/FETCH_HEAD"), "1111111\n");
        String key = RulesFingerprint.of(rules);
        Files.writeString(rules.resolve(".git/FETCH_HEAD"), "2222222\n");
        Files.writeString(rules.resolve(".git/refs/origin"), "3333333\n");
        assertEquals(key, RulesFingerprint.of(rules));
        Files.writeString(rules.resolve("failure/.gitkeep-like-notes.txt"), "a note beside the rules\n");
        assertNotEquals(key, RulesFingerprint.of(rules), "other files still count");
    }

    /**
     * A rule file added after the run listed the folder's rules but before it fingerprinted the folder: the
     * compiled rules lack it, and cached under the new fingerprint they would hide its rules from every later run.
     */
    @Test
    void rulesCompiledFromAFolderThatChangedMeanwhileAreNotCached() throws Exception {
        List<Path> listed = RuleBook.ruleFiles(rules);
        Files.copy(rules.resolve("failure/failure_sets.drl"), rules.resolve("failure/added_meanwhile.drl"));
        Files.writeString(rules.resolve("failure/added_meanwhile.drl"),
                Files.readString(rules.resolve("failure/added_meanwhile.drl")).replace("package failure;", "package addedmeanwhile;"));
        assertTrue(CachedRuleBase.load(rules, listed).isPresent(), "the run still gets its rules");
        assertEquals(List.of(), entries(), "nothing cached for a folder that is not what was compiled");
        CachedRuleBase.load(rules, RuleBook.ruleFiles(rules));
        assertEquals(1, entries().size(), "a folder that holds still is cached");
    }

    @Test
    void theRuleTestCasesAreNotPartOfTheKey() throws Exception {
        String key = RulesFingerprint.of(rules);
        Files.writeString(rules.resolve("tests/NO_DELOAD/a-new-case.csv"), "Week,Day,Exercise,Sets,Reps\n");
        assertEquals(key, RulesFingerprint.of(rules), "rules test reads them; nothing compiled does");
    }

    @Test
    void editingThePolicyLoadsRulesCompiledForTheNewFolder() throws Exception {
        RuleBook.load(rules);
        Files.writeString(rules.resolve("policy.properties"), "\nTOO_MANY_DROP_SETS.severity=info\n", java.nio.file.StandardOpenOption.APPEND);
        RuleBook edited = RuleBook.load(rules);
        assertEquals("info", edited.rules().stream().filter(r -> r.id().equals("TOO_MANY_DROP_SETS")).findFirst().orElseThrow().severity().label());
        assertEquals(2, entries().size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"flip a byte", "truncate", "garbage"})
    void aDamagedEntryIsIgnoredAndRebuilt(String damage) throws Exception {
        List<RuleInfo> expected = RuleBook.load(rules).rules();
        Path entry = onlyEntry();
        byte[] bytes = Files.readAllBytes(entry);
        switch (damage) {
            case "flip a byte" -> { bytes[bytes.length / 2] ^= 0x40; Files.write(entry, bytes); }
            case "truncate" -> Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 3));
            default -> Files.writeString(entry, "not compiled rules");
        }
        assertEquals(expected, RuleBook.load(rules).rules(), damage);
        String key = RulesFingerprint.of(rules);
        CompiledRules rebuilt = CompiledRulesCache.decode(Files.readAllBytes(onlyEntry()), key);
        assertTrue(rebuilt.kjar().length > 0, "the damaged entry was replaced by a good one");
    }

    @Test
    void anEntryWhoseClassesNoLongerLoadIsCompiledAgain() throws Exception {
        List<RuleInfo> expected = RuleBook.load(rules).rules();
        String key = RulesFingerprint.of(rules);
        Path entry = onlyEntry();
        CompiledRules good = CompiledRulesCache.decode(Files.readAllBytes(entry), key);
        // a sound entry (its digest matches) whose rule classes the JVM refuses: what a changed JDK or library can make
        java.io.ByteArrayOutputStream broken = new java.io.ByteArrayOutputStream();
        int damaged = 0;
        try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(good.kjar()));
             java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(broken)) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                byte[] bytes = in.readAllBytes();
                if (e.getName().endsWith(".class")) {
                    bytes = new byte[] {(byte) 0xCA, (byte) 0xFE, (byte) 0xBA, (byte) 0xBE, 0, 0, 0, 61, 1, 2, 3};
                    damaged++;
                }
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(bytes);
                out.closeEntry();
            }
        }
        assertTrue(damaged > 0, "the kjar holds rule classes");
        Files.write(entry, CompiledRulesCache.encode(new CompiledRules(broken.toByteArray(), good.ruleFiles()), key));

        assertEquals(expected, RuleBook.load(rules).rules());
        CompiledRules rebuilt = CompiledRulesCache.decode(Files.readAllBytes(onlyEntry()), key);
        assertFalse(java.util.Arrays.equals(broken.toByteArray(), rebuilt.kjar()), "the entry was compiled again");
    }

    @Test
    void aCacheFolderThatCannotBeWrittenOnlyCostsTheCompile() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("a-file"), "in the way");
        System.setProperty(CompiledRulesCache.PROPERTY, notAFolder.resolve("cache").toString());
        assertEquals(RuleBook.check(rules).rules(), RuleBook.load(rules).rules());
    }
}
