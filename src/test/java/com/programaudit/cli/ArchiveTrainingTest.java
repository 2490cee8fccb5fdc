package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTrainingTest {

    @Test
    void eachBundledProgramIsReadAsAProgramWithSets(@TempDir Path dir) throws Exception {
        for (String name : ArchiveTraining.INPUTS) {
            Path input = dir.resolve(name);
            try (InputStream in = ArchiveTraining.class.getResourceAsStream("/archive-training/" + name)) {
                assertNotNull(in, name + " is bundled");
                Files.copy(in, input);
            }
            Path out = dir.resolve("out-" + name);
            CliRun run = CliRun.of("audit", input.toString(), "--format", "json", "--out", out.toString(), "--rules", "rules");
            assertTrue(run.exit() <= 1, name + ": " + run.err());
            JsonNode report = new ObjectMapper().readTree(out.resolve(name.replaceFirst("\\.[a-z]+$", "") + ".json").toFile());
            assertFalse(report.has("error"), name + " is readable: " + report.path("error"));
            assertTrue(report.path("program").path("read").path("workingSets").asInt() > 0, name + " has working sets");
        }
    }

    @Test
    void trainingAuditsIntoEveryFormatAndLeavesNothingBehind() throws Exception {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"));
        List<Path> before = trainingFolders(temp);
        List<Integer> statuses = ArchiveTraining.train(new String[] {"audit", "x.xlsx", "--rules", "rules"});
        assertEquals(List.of(0, 0, 0, 0), statuses, "one clean audit per format: " + ArchiveTraining.FORMATS);
        assertEquals(before, trainingFolders(temp));
    }

    @Test
    void trainingUsesTheRulesTheCommandNamed() {
        assertEquals(List.of("--rules", "my rules"), ArchiveTraining.rulesOption(new String[] {"audit", "--rules", "my rules", "a.xlsx"}));
        assertEquals(List.of("--rules=r"), ArchiveTraining.rulesOption(new String[] {"show", "--rules=r", "a.xlsx"}));
        assertEquals(List.of(), ArchiveTraining.rulesOption(new String[] {"audit", "a.xlsx"}));
    }

    @Test
    void onlyTheJvmThatRecordsTheArchiveTrains() {
        assertFalse(ArchiveTraining.wanted());
        System.setProperty(ArchiveTraining.PROPERTY, "true");
        try {
            assertTrue(ArchiveTraining.wanted());
        } finally {
            System.clearProperty(ArchiveTraining.PROPERTY);
        }
    }

    /** The training JVM runs after the user's audit, in a JVM of its own: it must not run (and print) that audit again. */
    @Test
    void theTrainingJvmRunsNoCommandOfItsOwn(@TempDir Path dir) {
        java.io.PrintStream out = System.out;
        java.io.PrintStream err = System.err;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setProperty(ArchiveTraining.PROPERTY, "true");
        try {
            System.setOut(new java.io.PrintStream(printed, true));
            System.setErr(new java.io.PrintStream(printed, true));
            // run as the user's command, this is a missing file: an error and status 2
            int status = Main.run(new String[] {"audit", dir.resolve("missing.xlsx").toString(), "--rules", "rules"});
            assertEquals(ExitCodes.CLEAN, status);
        } finally {
            System.setOut(out);
            System.setErr(err);
            System.clearProperty(ArchiveTraining.PROPERTY);
        }
        assertEquals("", printed.toString());
        assertEquals(2, Main.run(new String[] {"audit", dir.resolve("missing.xlsx").toString(), "--rules", "rules"}),
                "the same arguments as a command");
    }

    @Test
    void trainingPrintsNothingToTheLogEvenWhenARuleFails(@TempDir Path dir) throws Exception {
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> seen = new ch.qos.logback.core.read.ListAppender<>();
        seen.start();
        root.addAppender(seen);
        ch.qos.logback.classic.Level before = root.getLevel();
        Path rules = dir.resolve("rules");
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path from : files.filter(p -> !p.toString().contains("tests")).toList()) {
                Files.copy(from, rules.resolve(Path.of("rules").relativize(from).toString()));
            }
        }
        // a rule that fails on every exercise: each training audit logs the failure
        Files.writeString(rules.resolve("failure/fails.drl"), """
                package failure;
                import com.programaudit.model.ExerciseEntry;
                rule "Fails on every exercise"
                when
                    ExerciseEntry()
                then
                    throw new IllegalStateException("a rule that fails");
                end
                """);
        try {
            ArchiveTraining.train(new String[] {"audit", "--rules", rules.toString()});
            assertEquals(List.of(), seen.list.stream().map(Object::toString).toList());
            assertEquals(before, root.getLevel(), "the log is back as it was");
        } finally {
            root.detachAppender(seen);
        }
    }

    private static List<Path> trainingFolders(Path temp) throws Exception {
        try (Stream<Path> files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("program-audit-training")).sorted().toList();
        }
    }
}
