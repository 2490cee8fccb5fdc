package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No output of `audit` lands on a file the run did not create: not an input, not an existing fixed copy
 * or annotated workbook, not the output of a same-named input, not summary.json or index.html; and the
 * tool's own outputs found in a folder are not audited again.
 */
class OutputNamesTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun audit(String... args) {
        List<String> all = new ArrayList<>(List.of("audit"));
        all.addAll(List.of(args));
        all.addAll(List.of("--rules", "rules"));
        return CliRun.of(all.toArray(String[]::new));
    }

    private static Path copy(String example, Path target) throws Exception {
        Files.createDirectories(target.getParent());
        return Files.copy(EXAMPLES.resolve(example), target);
    }

    @Test
    void annotatedWorkbooksWrittenIntoTheInputFolderNeverReplaceTheCoachsOwnPlanAuditXlsx(@TempDir Path dir) throws Exception {
        Path coachs = copy("anna_upper_lower.xlsx", dir.resolve("plan.audit.xlsx")); // the coach's own file of that name
        copy("anna_upper_lower.xlsx", dir.resolve("plan.xlsx"));
        byte[] before = Files.readAllBytes(coachs);

        CliRun run = audit(dir.toString(), "--format", "xlsx", "--out", dir.toString());

        assertEquals(1, run.exit(), run.err());
        assertArrayEquals(before, Files.readAllBytes(coachs), "the coach's plan.audit.xlsx is an input: never written");
        assertTrue(Files.size(dir.resolve("plan.audit-2.xlsx")) > 0, "plan.xlsx's annotated copy takes a free name");
        assertTrue(Files.size(dir.resolve("plan.audit.audit.xlsx")) > 0, "the coach's plan.audit.xlsx is audited too");
        assertTrue(run.err().contains("plan.audit.xlsx is taken (never overwritten), so the annotated workbook is plan.audit-2.xlsx"),
                run.err());

        CliRun again = audit(dir.toString(), "--format", "xlsx", "--out", dir.toString());

        assertTrue(again.err().contains("plan.audit-2.xlsx: written by program-audit, skipped"), again.err());
        assertTrue(again.err().contains("plan.audit.audit.xlsx: written by program-audit, skipped"), again.err());
        assertArrayEquals(before, Files.readAllBytes(coachs));
        assertEquals(List.of("plan.audit.xlsx", "plan.xlsx"), files(JSON.readTree(dir.resolve("summary.json").toFile())),
                "the coach's two files are audited, our outputs are not, whatever their names say");
    }

    @Test
    void fixNeverReplacesAnExistingFixedCopyItTakesAFreeNameAndSaysSo(@TempDir Path dir) throws Exception {
        Path plan = copy("anna_upper_lower.xlsx", dir.resolve("plan.xlsx"));
        Path edited = Files.writeString(dir.resolve("plan.fixed.xlsx"), "the coach went on editing this one");

        CliRun run = audit(plan.toString(), "--format", "json", "--fix");

        assertEquals(1, run.exit(), run.err());
        assertEquals("the coach went on editing this one", Files.readString(edited));
        assertTrue(Files.size(dir.resolve("plan.fixed-2.xlsx")) > 0);
        assertTrue(run.err().contains("plan.fixed.xlsx is taken (never overwritten), so the fixed copy is plan.fixed-2.xlsx"), run.err());
        assertEquals("plan.fixed-2.xlsx", JSON.readTree(run.out()).path("fixed").path("file").asText(),
                "the report names the file actually written");
    }

    @Test
    void sameNamedInputsFromTwoFoldersGetTheirOwnFixedCopiesAndReports(@TempDir Path dir) throws Exception {
        Path a = copy("dan_full_body.csv", dir.resolve("a/dan.csv"));
        Path b = copy("dan_full_body.csv", dir.resolve("b/dan.csv"));
        Path out = dir.resolve("o");

        CliRun run = audit(a.toString(), b.toString(), "--fix", "--format", "json", "--out", out.toString());

        assertEquals(1, run.exit(), run.err());
        assertEquals(List.of("dan-2.json", "dan.fixed-2.csv", "dan.fixed.csv", "dan.json", "summary.json"), list(out));
        assertEquals("dan.fixed.csv", JSON.readTree(out.resolve("dan.json").toFile()).path("fixed").path("file").asText());
        assertEquals("dan.fixed-2.csv", JSON.readTree(out.resolve("dan-2.json").toFile()).path("fixed").path("file").asText());
        JsonNode programs = JSON.readTree(out.resolve("summary.json").toFile()).path("programs");
        assertEquals(List.of("dan", "dan-2"), List.of(programs.get(0).path("report").asText(), programs.get(1).path("report").asText()));
        assertEquals(b.toString(), programs.get(1).path("path").asText());
    }

    @Test
    void inputsNamedSummaryOrIndexNeverHaveTheirReportsReplacedByTheBatchFiles(@TempDir Path dir) throws Exception {
        Path summary = copy("dan_full_body.csv", dir.resolve("in/summary.csv"));
        Path index = copy("dan_full_body.csv", dir.resolve("in/index.csv"));
        Path json = dir.resolve("json");
        Path html = dir.resolve("html");

        audit(summary.toString(), index.toString(), "--format", "json", "--out", json.toString());
        audit(summary.toString(), index.toString(), "--format", "html", "--out", html.toString());

        JsonNode batch = JSON.readTree(json.resolve("summary.json").toFile());
        assertEquals(2, batch.path("programs").size(), "summary.json is the batch summary");
        assertEquals("summary-2", batch.path("programs").get(0).path("report").asText());
        assertEquals("Dan Weiss", JSON.readTree(json.resolve("summary-2.json").toFile()).path("program").path("athlete").asText(),
                "summary.csv's report is under a free name");
        String indexPage = Files.readString(html.resolve("index.html"));
        assertTrue(indexPage.contains("href=\"index-2.html\"") && indexPage.contains("href=\"summary.html\""), indexPage);
        assertTrue(Files.readString(html.resolve("index-2.html")).contains("FAILURE_ON_HEAVY_COMPOUND"));
    }

    @Test
    void ourOwnCopiesFoundInAFolderAreSkippedButACopyRenamedByTheCoachIsAudited(@TempDir Path dir) throws Exception {
        copy("anna_upper_lower.xlsx", dir.resolve("plan.xlsx"));
        copy("eva_clean.xls", dir.resolve("eva.xls"));
        copy("dan_full_body.csv", dir.resolve("dan.csv"));
        assertEquals(1, audit(dir.toString(), "--fix", "--format", "json").exit());
        Files.copy(dir.resolve("plan.fixed.xlsx"), dir.resolve("plan-v2.xlsx")); // the coach carries on from our copy

        CliRun run = audit(dir.toString(), "--format", "json", "--out", dir.resolve("o").toString());

        for (String ours : List.of("plan.fixed.xlsx", "eva.fixed.xls", "dan.fixed.csv")) {
            assertTrue(run.err().contains(ours + ": written by program-audit, skipped"), ours + " in " + run.err());
        }
        assertEquals(List.of("dan.csv", "eva.xls", "plan-v2.xlsx", "plan.xlsx"), files(JSON.readTree(dir.resolve("o/summary.json").toFile())));
        CliRun named = audit(dir.resolve("plan.fixed.xlsx").toString(), "--format", "json");
        assertEquals("plan.fixed.xlsx", JSON.readTree(named.out()).path("program").path("file").asText(),
                "named on the command line, our copy is audited: the user asked for it");
    }

    private static List<String> files(JsonNode summary) {
        List<String> files = new ArrayList<>();
        summary.path("programs").forEach(p -> files.add(p.path("file").asText()));
        return files.stream().sorted().toList();
    }

    private static List<String> list(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertFalse(names.stream().anyMatch(n -> n.endsWith(".tmp")), "no temporary file is left: " + names);
            return names;
        }
    }
}
