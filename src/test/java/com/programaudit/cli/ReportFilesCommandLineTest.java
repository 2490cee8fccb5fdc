package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --format html|md|xlsx and --fix from the command line: files written, index, usage errors, input untouched. */
class ReportFilesCommandLineTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");

    private static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void xlsxWithoutAnOutputFolderIsAUsageError() {
        CliRun run = run("audit", EXAMPLES.resolve("anna_upper_lower.xlsx").toString(), "--format", "xlsx", "--rules", "rules");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--out DIR"), run.err());
        assertEquals("", run.out());
    }

    @Test
    void anHtmlBatchGetsAnIndexLinkingEveryReportAndAnErrorPageForAnUnreadableFile(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(EXAMPLES.resolve("dan_full_body.csv"), inputs.resolve("dan full body.csv"));
        Files.write(inputs.resolve("broken.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5});
        Path out = dir.resolve("out");
        CliRun run = run("audit", inputs.toString(), "--format", "html", "--out", out.toString(), "--rules", "rules");
        assertEquals(2, run.exit(), "an unreadable input gives exit 2");
        String index = Files.readString(out.resolve("index.html"));
        assertTrue(index.contains("href=\"dan%20full%20body.html\""), index);
        assertTrue(index.contains("href=\"broken.html\""), index);
        assertTrue(index.contains("damaged or incomplete"), "the index gives the reason: " + index);
        String broken = Files.readString(out.resolve("broken.html"));
        assertTrue(broken.contains("This file could not be read"), broken);
        String dan = Files.readString(out.resolve("dan full body.html"));
        assertTrue(dan.contains("<svg") && dan.contains("FAILURE_ON_HEAVY_COMPOUND"), "charts and findings");
        assertTrue(!dan.contains("<script") && !dan.contains("http://") && !dan.contains("https://")
                && !dan.contains("<link"), "self-contained: no script, no fetched file");
    }

    @Test
    void markdownAndAnnotatedWorkbooksAreWrittenIntoTheOutputFolder(@TempDir Path out) throws Exception {
        String anna = EXAMPLES.resolve("anna_upper_lower.xlsx").toString();
        String dan = EXAMPLES.resolve("dan_full_body.csv").toString();
        assertEquals(1, run("audit", anna, dan, "--format", "xlsx", "--out", out.toString(), "--rules", "rules").exit());
        assertTrue(Files.size(out.resolve("anna_upper_lower.audit.xlsx")) > 0);
        assertTrue(Files.size(out.resolve("dan_full_body.audit.xlsx")) > 0, "a CSV gives a new .xlsx");
        assertTrue(Files.exists(out.resolve("summary.json")));
        assertEquals(1, run("audit", anna, "--format", "md", "--out", out.toString(), "--rules", "rules").exit());
        assertTrue(Files.readString(out.resolve("anna_upper_lower.md")).startsWith("# Audit: "));
    }

    @Test
    void fixWritesAFixedCopyNextToTheInputListsTheEditsAndLeavesTheInputAlone(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("anna_upper_lower.xlsx");
        Files.copy(EXAMPLES.resolve("anna_upper_lower.xlsx"), input);
        byte[] before = Files.readAllBytes(input);
        CliRun run = run("audit", input.toString(), "--format", "json", "--fix", "--rules", "rules");
        assertEquals(1, run.exit());
        assertArrayEquals(before, Files.readAllBytes(input), "the input is never written");
        Path fixed = dir.resolve("anna_upper_lower.fixed.xlsx");
        assertTrue(Files.size(fixed) > 0);
        JsonNode report = new ObjectMapper().readTree(run.out());
        JsonNode applied = report.path("fixed").path("applied");
        assertEquals("anna_upper_lower.fixed.xlsx", report.path("fixed").path("file").asText());
        assertTrue(applied.size() > 0, run.out());
        assertEquals("FAILURE_ON_HEAVY_COMPOUND", applied.get(0).path("rule").asText());
        assertTrue(run.err().contains("edits applied") && run.err().contains("applied Program!I10"), run.err());
        assertEquals(1, report.path("schema").asInt(), "schema unchanged: 'fixed' is an added field");
    }
}
