package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch's .auditignore and baselines, run through the command line on src/test/resources/accept/batch. */
class AcceptBatchCommandLineTest {
    private static final Path BATCH = Path.of("src/test/resources/accept/batch");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir Path tmp;

    @Test
    void theFoldersAuditignoreAcceptsItsEntriesWithFileAndLine() throws IOException {
        CliRun run = CliRun.of("audit", BATCH.toString(), "--format", "json", "--out", tmp.resolve("out").toString());
        JsonNode anna = report("out/anna.json");
        JsonNode accepted = only(anna.path("suppressed"));
        assertEquals("FAILURE_ON_HEAVY_COMPOUND", accepted.path("rule").asText());
        assertEquals(1, accepted.path("location").path("week").asInt());
        assertEquals("testing a 1RM in week 1", accepted.path("reason").asText());
        assertEquals(BATCH.resolve(".auditignore").toString(), accepted.path("source").path("file").asText());
        assertEquals(2, accepted.path("source").path("line").asInt());
        // week 2's squat is not named by the entry: it still counts, and fails the run
        assertTrue(rules(anna.path("findings")).contains("FAILURE_ON_HEAVY_COMPOUND"));
        assertEquals(3, anna.path("summary").path("errors").asInt());
        assertEquals(1, run.exit());

        JsonNode ben = report("out/ben.json");
        assertEquals("FAILURE_ON_EVERY_SET", only(ben.path("suppressed")).path("rule").asText());
        assertEquals(0, ben.path("summary").path("errors").asInt());
        assertTrue(run.err().contains(".auditignore:5: UNUSED_IGNORE"), run.err());
    }

    @Test
    void aBadIgnoreLineIsRefusedWithFileAndLine() throws IOException {
        Path ignore = Files.writeString(tmp.resolve("ignores"), "# accepted\nanna.csv FAILURE_ON_HEAVY_COMPOUNDS : typo\n"
                + "anna.csv FAILURE_ON_EVERY_SET week=one : bad week\nanna.csv FAILURE_ON_EVERY_SET\n");
        CliRun run = CliRun.of("audit", BATCH.resolve("anna.csv").toString(), "--ignore-file", ignore.toString());
        assertEquals(2, run.exit());
        assertTrue(run.err().contains(ignore + ":2: no rule is called FAILURE_ON_HEAVY_COMPOUNDS"), run.err());
        assertTrue(run.err().contains(ignore + ":3: week=one"), run.err());
        assertTrue(run.err().contains(ignore + ":4: no ': reason'"), run.err());
    }

    /** The baseline replaces its file whole: a workbook named there by mistake was lost. */
    @Test
    void theBaselineIsNeverWrittenOverAnInputOrAFileThatIsNoBaseline() throws IOException {
        Path batch = copyWithoutIgnores();
        Path anna = batch.resolve("anna.csv");
        byte[] before = Files.readAllBytes(anna);
        CliRun overInput = CliRun.of("audit", batch.toString(), "--write-baseline", anna.toString(), "--out", tmp.resolve("o1").toString());
        assertEquals(2, overInput.exit());
        assertTrue(overInput.err().contains("is one of the files to audit; it is not overwritten"), overInput.err());
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(anna)), "the input is untouched");

        Path notes = Files.writeString(tmp.resolve("notes.json"), "{\"my\": \"notes\"}\n");
        CliRun overNotes = CliRun.of("audit", anna.toString(), "--write-baseline", notes.toString());
        assertEquals(2, overNotes.exit());
        assertTrue(overNotes.err().contains("exists and is not a baseline written by --write-baseline"), overNotes.err());
        assertEquals("{\"my\": \"notes\"}\n", Files.readString(notes));

        Path baseline = tmp.resolve("baseline.json");
        assertEquals(1, CliRun.of("audit", anna.toString(), "--write-baseline", baseline.toString(), "--format", "json").exit());
        CliRun again = CliRun.of("audit", anna.toString(), "--write-baseline", baseline.toString(), "--format", "json");
        assertEquals(1, again.exit(), "an earlier baseline is brought up to date: " + again.err());
    }

    @Test
    void aBaselineSurvivesInsertedRowsAndCountsOnlyTheNewProblem() throws IOException {
        Path batch = copyWithoutIgnores();
        Path baseline = tmp.resolve("baseline.json");
        CliRun first = CliRun.of("audit", batch.toString(), "--write-baseline", baseline.toString(), "--out",
                tmp.resolve("o1").toString(), "--format", "json");
        assertEquals(1, first.exit());
        int recorded = JSON.readTree(baseline.toFile()).path("findings").size();
        assertTrue(recorded >= 5, "baseline holds " + recorded);

        // a details line at the top moves every row of anna.csv down by one
        Path anna = batch.resolve("anna.csv");
        Files.writeString(anna, "Coach,Sam\n" + Files.readString(anna));
        CliRun moved = CliRun.of("audit", batch.toString(), "--baseline", baseline.toString(), "--out",
                tmp.resolve("o2").toString(), "--format", "json");
        assertEquals(0, moved.exit(), moved.err());
        JsonNode report = report("o2/anna.json");
        assertEquals(0, report.path("findings").size(), report.path("findings").toString());
        assertEquals("baseline", report.path("suppressed").get(0).path("source").path("kind").asText());
        assertEquals("I7", report.path("suppressed").get(0).path("location").path("cell").asText());

        // a new problem: week 2's leg press to failure; only it counts
        Files.writeString(anna, Files.readString(anna).replace("Hypertrophy,2,Day 1 - Lower,2,Leg Press,3,10,180 kg,2",
                "Hypertrophy,2,Day 1 - Lower,2,Leg Press,3,10,180 kg,0"));
        CliRun added = CliRun.of("audit", batch.toString(), "--baseline", baseline.toString(), "--out",
                tmp.resolve("o3").toString(), "--format", "json");
        assertEquals(1, added.exit());
        JsonNode counted = only(report("o3/anna.json").path("findings"));
        assertEquals("FAILURE_ON_EVERY_SET", counted.path("rule").asText());
        assertEquals("Leg Press", counted.path("location").path("exercise").asText());
        assertEquals(2, counted.path("location").path("week").asInt());
        assertEquals(0, report("o3/ben.json").path("findings").size());
    }

    private Path copyWithoutIgnores() throws IOException {
        Path copy = tmp.resolve("batch");
        try (Stream<Path> walk = Files.walk(BATCH)) {
            for (Path source : walk.toList()) {
                Path target = copy.resolve(BATCH.relativize(source).toString());
                if (Files.isDirectory(source)) Files.createDirectories(target);
                else if (!source.getFileName().toString().equals(".auditignore")) Files.copy(source, target);
            }
        }
        return copy;
    }

    private JsonNode report(String name) throws IOException { return JSON.readTree(tmp.resolve(name).toFile()); }

    private static JsonNode only(JsonNode array) {
        assertEquals(1, array.size(), array.toString());
        return array.get(0);
    }

    private static List<String> rules(JsonNode findings) {
        List<String> rules = new ArrayList<>();
        findings.forEach(f -> rules.add(f.path("rule").asText()));
        assertFalse(rules.isEmpty());
        return rules;
    }
}
