package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Hostile files through the CLI: exit status 2, and a batch that goes on past every bad file. */
class HostileBatchTest {
    private static final Path HOSTILE = Path.of("src/test/resources/hostile");
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> CliRun.of(args));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"password.xlsx", "zip_bomb.xlsx", "truncated.xls", "png_renamed.xlsx",
            "malformed_sheet_xml.xlsx"})
    void anUnreadableFileExitsWithTwoAndNoStackTrace(String file) {
        assertEquals(2, auditLoggingNoStackTrace(file));
    }

    @Test
    void aDamagedDocumentPropertiesPartIsAuditedAndLogsNoStackTrace() {
        assertEquals(1, auditLoggingNoStackTrace("malformed_core_properties.xlsx"), "anna's findings reach --fail-on error");
    }

    private static int auditLoggingNoStackTrace(String file) {
        // what the logging configuration lets through to the console: no library may log a stack trace
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged =
                new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        CliRun run;
        try {
            run = run("audit", HOSTILE.resolve(file).toString(), "--rules", "rules");
        } finally {
            root.detachAppender(logged);
        }
        assertFalse(run.err().contains("Exception"), run.err());
        assertTrue(logged.list.stream().noneMatch(e -> e.getThrowableProxy() != null),
                () -> "logged with a stack trace: " + logged.list);
        return run.exit();
    }

    @Test
    void aFolderMixingGoodAndHostileFilesAuditsTheGoodOnesAndListsTheRestAsUnreadable(@TempDir Path dir)
            throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Set<String> good = Set.of("anna_upper_lower.xlsx", "dan_full_body.csv", "eva_clean.xls");
        for (String name : good) Files.copy(EXAMPLES.resolve(name), in.resolve(name));
        int hostile = 0;
        try (var files = Files.list(HOSTILE)) {
            for (Path file : files.filter(p -> !p.toString().matches(".*\\.(properties|md)$")).toList()) {
                Files.copy(file, in.resolve("h_" + file.getFileName()));
                hostile++;
            }
        }
        Path out = dir.resolve("out");

        CliRun run = run("audit", in.toString(), "--format", "json", "--out", out.toString(), "--rules", "rules");

        assertEquals(2, run.exit(), run.err());
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        Map<String, String> status = new HashMap<>();
        for (JsonNode program : summary.path("programs")) {
            status.put(program.path("file").asText(), program.path("status").asText());
            JsonNode report = JSON.readTree(out.resolve(program.path("report").asText() + ".json").toFile());
            assertEquals(program.path("errors").asInt(), report.path("summary").path("errors").asInt());
        }
        assertEquals(good.size() + hostile, status.size(), status.toString());
        for (String name : good) assertEquals("ok", status.get(name), name);
        // hostile/expected.properties says which are readable ("ok"): the rest must be listed as unreadable
        java.util.Properties expected = new java.util.Properties();
        try (var reader = Files.newBufferedReader(HOSTILE.resolve("expected.properties"))) {
            expected.load(reader);
        }
        for (String name : expected.stringPropertyNames()) {
            assertEquals(expected.getProperty(name).equals("ok") ? "ok" : "unreadable", status.get("h_" + name), name);
        }
        long unreadable = status.values().stream().filter("unreadable"::equals).count();
        assertTrue(unreadable >= 15, status.toString());
        assertTrue(run.err().contains(unreadable + " unreadable"), run.err());
        // each is named on stderr too, with what was wrong
        long named = run.err().lines().filter(l -> l.contains(": cannot read: ")).count();
        assertEquals(unreadable, named, run.err());
        assertTrue(run.err().contains("h_password.xlsx: cannot read: "), run.err());
    }
}
