package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI end to end, in process: sample-programs/ batch, exit codes, summary.json, a bad file. */
class CommandLineTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static CliRun run(String... args) { return CliRun.of(args); }

    @Test
    void auditsTheSampleProgramsFolderIntoJsonReportsAndASummary(@TempDir Path out) throws Exception {
        CliRun run = run("audit", "sample-programs", "--format", "json", "--out", out.toString(), "--rules", "rules");
        List<Path> samples;
        try (var walk = Files.list(Path.of("sample-programs"))) {
            samples = walk.filter(p -> p.toString().matches(".*\\.(csv|xlsx|xls)$")).toList();
        }
        assertTrue(samples.size() >= 3, "sample-programs has 3+ programs");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals(1, summary.path("schema").asInt());
        assertEquals(samples.size(), summary.path("programs").size());
        int errors = 0;
        for (JsonNode program : summary.path("programs")) {
            assertEquals("ok", program.path("status").asText(), program.toString());
            errors += program.path("errors").asInt();
            JsonNode report = JSON.readTree(out.resolve(program.path("report").asText() + ".json").toFile());
            assertEquals(program.path("errors").asInt(), report.path("summary").path("errors").asInt());
        }
        assertTrue(errors > 0, "the sample programs include problems");
        assertEquals(1, run.exit(), "an error finding gives exit 1");
        assertTrue(run.err().matches("(?s).*\\d+ programs?, \\d+ errors?, \\d+ warnings?, 0 unreadable, .*"), run.err());
    }

    @Test
    void textReportOfOneFileGoesToStandardOutputGroupedByWeekAndDay() {
        CliRun run = run("audit", "src/test/resources/examples/anna_upper_lower.xlsx", "--rules", "rules");
        assertEquals(1, run.exit());
        assertTrue(run.out().contains("Week 1 · Day 1 – Lower A"), run.out());
        assertTrue(run.out().contains("FAILURE_ON_HEAVY_COMPOUND  Back Squat"), run.out());
        assertTrue(run.out().contains("fix: "), run.out());
    }

    @Test
    void failOnNeverAndWarningChangeTheExitStatus() {
        String anna = "src/test/resources/examples/anna_upper_lower.xlsx";
        String eva = "src/test/resources/examples/eva_clean.xls";
        assertEquals(0, run("audit", anna, "--fail-on", "never", "--rules", "rules").exit());
        assertEquals(0, run("audit", eva, "--fail-on", "warning", "--rules", "rules").exit());
        assertEquals(1, run("audit", anna, "--fail-on", "warning", "--rules", "rules").exit());
    }

    @Test
    void aBadFileGetsItsOwnErrorReportAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path inputs = Files.createDirectories(dir.resolve("in"));
        Files.copy(Path.of("src/test/resources/examples/dan_full_body.csv"), inputs.resolve("dan.csv"));
        Files.write(inputs.resolve("broken.xlsx"), new byte[] {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5});
        Path out = dir.resolve("out");

        CliRun run = run("audit", inputs.toString(), "--format", "json", "--out", out.toString(), "--rules", "rules");

        assertEquals(2, run.exit(), "an unreadable input gives exit 2");
        assertFalse(run.err().contains("Exception"), run.err());
        JsonNode broken = JSON.readTree(out.resolve("broken.json").toFile());
        assertTrue(broken.path("error").path("message").asText().length() > 10);
        assertEquals("broken.xlsx", broken.path("program").path("file").asText());
        assertEquals(0, broken.path("findings").size());
        JsonNode dan = JSON.readTree(out.resolve("dan.json").toFile());
        assertTrue(dan.path("findings").size() > 0, "the good file was still audited");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertEquals("unreadable", summary.path("programs").get(0).path("status").asText());
        assertEquals("ok", summary.path("programs").get(1).path("status").asText());
    }

    /**
     * The batch starts reading files while the rule base loads: rules that then fail to load stop it with
     * their problems, and not one report is written.
     */
    @Test
    void rulesThatFailToLoadStopTheBatchThatStartedReadingAndWriteNothing(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        com.programaudit.TestRules.copyRulesTo(rules);
        Path drl = rules.resolve("failure/failure_sets.drl");
        Files.writeString(drl, Files.readString(drl).replace("deloadWeek == false, failureSetCount > 0)", "deloadWeek == )"));
        Path out = dir.resolve("out");
        CliRun run = run("audit", "sample-programs", "--rules", rules.toString(), "--format", "json", "--out", out.toString());
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("The rules folder cannot be used"), run.err());
        assertTrue(run.err().contains("failure/failure_sets.drl:"), run.err());
        try (java.util.stream.Stream<Path> written = Files.exists(out) ? Files.list(out) : java.util.stream.Stream.empty()) {
            assertEquals(List.of(), written.toList(), "no report, summary or copy is written");
        }
    }

    /** Switching a rule off is a head coach's decision, not a failing test: its cases are skipped. */
    @Test
    void rulesTestSkipsTheCasesOfARuleSwitchedOff(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        com.programaudit.TestRules.copyRulesTo(rules);
        java.nio.file.Files.writeString(rules.resolve("policy.properties"), "\nTOO_MANY_DROP_SETS.enabled=false\n",
                java.nio.file.StandardOpenOption.APPEND);
        CliRun run = run("rules", "test", "--rules", rules.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains("SKIP TOO_MANY_DROP_SETS/"), run.out());
        assertTrue(run.out().contains(" 0 failed, "), run.out());
    }

    /** A head coach's new threshold does not fail cases written for the old one: they run with theirs. */
    @Test
    void rulesTestRunsEachCaseWithThePolicyItWasWrittenFor(@TempDir Path dir) throws Exception {
        Path rules = dir.resolve("rules");
        com.programaudit.TestRules.copyRulesTo(rules);
        Path policy = rules.resolve("policy.properties");
        java.nio.file.Files.writeString(policy, java.nio.file.Files.readString(policy)
                .replace("maxDropSetsPerSession=2", "maxDropSetsPerSession=1"));
        CliRun run = run("rules", "test", "--rules", rules.toString());
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains(" passed, 0 failed"), run.out());
        // without the thresholds the cases were written for, "exactly two drop sets" now fires
        java.nio.file.Files.delete(rules.resolve("tests/policy.properties"));
        CliRun bare = run("rules", "test", "--rules", rules.toString());
        assertEquals(1, bare.exit(), bare.out());
        assertTrue(bare.out().contains("TOO_MANY_DROP_SETS/passes-exactly-two"), bare.out());
    }

    @Test
    void jobsBelowOneIsAUsageError() {
        CliRun run = run("audit", "sample-programs", "--jobs", "0", "--rules", "rules");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--jobs must be 1 or more"), run.err());
    }

    /** Two coaches' client.csv: summary.json keeps their paths apart, and the last line counts start-up too. */
    @Test
    void summaryTellsSameNamedFilesApartByPath(@TempDir Path dir) throws Exception {
        Path input = dir.resolve("in");
        for (String coach : List.of("coachA", "coachB")) {
            java.nio.file.Files.createDirectories(input.resolve(coach));
            java.nio.file.Files.copy(Path.of("sample-programs/clean_upper_lower.csv"), input.resolve(coach).resolve("client.csv"));
        }
        Path out = dir.resolve("out");
        CliRun run = run("audit", input.toString(), "--format", "json", "--out", out.toString(), "--rules", "rules");
        com.fasterxml.jackson.databind.JsonNode summary = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(out.resolve("summary.json").toFile());
        List<String> paths = new java.util.ArrayList<>();
        summary.path("programs").forEach(p -> paths.add(p.path("path").asText()));
        assertEquals(List.of(input.resolve("coachA/client.csv").toString(), input.resolve("coachB/client.csv").toString()),
                paths);
        assertTrue(run.err().matches("(?s).*unreadable, [\\d.]+ s \\([\\d.]+ s auditing\\)\\s*"), run.err());
    }

    /** Every command and subcommand answers --help with its usage, not "unknown option". */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"audit", "show", "serve", "rules", "rules list",
            "rules check", "rules test", "rules docs"})
    void everyCommandHasHelp(String command) {
        List<String> args = new java.util.ArrayList<>(List.of(command.split(" ")));
        args.add("--help");
        CliRun run = run(args.toArray(String[]::new));
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Usage:"), run.out());
    }

    @Test
    void unknownFormatIsAUsageError() {
        assertEquals(2, run("audit", "sample-programs", "--format", "pdf", "--rules", "rules").exit());
    }

    @Test
    void rulesListAndCheck() {
        CliRun list = run("rules", "list", "--rules", "rules");
        assertEquals(0, list.exit());
        assertTrue(list.out().contains("FAILURE_ON_HEAVY_COMPOUND"));
        CliRun check = run("rules", "check", "--rules", "rules");
        assertEquals(0, check.exit(), check.out());
        assertTrue(check.out().contains("OK"));
    }

    /** REPORT.md: show FILE [--format text|json]. */
    @Test
    void showWritesTheReadingAsJsonForAScript() throws Exception {
        CliRun shown = CliRun.of("show", "src/test/resources/examples/dan_full_body.csv", "--format", "json", "--rules", "rules");
        assertEquals(0, shown.exit(), shown.err());
        JsonNode reading = JSON.readTree(shown.out());
        JsonNode program = reading.path("programs").get(0);
        assertEquals(program.path("program").path("read").path("sessions").asInt(),
                java.util.stream.StreamSupport.stream(program.path("weeks").spliterator(), false)
                        .mapToInt(w -> w.path("sessions").size()).sum());
        JsonNode firstSet = program.path("weeks").get(0).path("sessions").get(0).path("exercises").get(0).path("sets").get(0);
        assertTrue(firstSet.path("cells").size() > 0, firstSet.toString());

        CliRun refused = CliRun.of("show", "src/test/resources/hostile/password.xlsx", "--format", "json", "--rules", "rules");
        assertEquals(2, refused.exit());
        assertTrue(JSON.readTree(refused.out()).path("error").path("message").asText().contains("password"), refused.out());
        assertEquals(2, CliRun.of("show", "x.csv", "--format", "xml").exit());
    }

    /** JSON on stdout is one JSON text: one report as it is, several in {"schema":1,"reports":[…]} as the web API gives. */
    @Test
    void severalReportsOnStdoutAreOneJsonText() throws Exception {
        CliRun one = CliRun.of("audit", "sample-programs/tom_beginner_full_body.csv", "--format", "json", "--fail-on", "never");
        assertEquals("tom_beginner_full_body.csv", JSON.readTree(one.out()).path("program").path("file").asText());
        CliRun two = CliRun.of("audit", "sample-programs/tom_beginner_full_body.csv", "sample-programs/lena_strength_block.csv",
                "--format", "json", "--fail-on", "never");
        assertEquals(0, two.exit(), two.err());
        JsonNode both = JSON.readTree(two.out());
        assertEquals(1, both.path("schema").asInt());
        assertEquals(List.of("tom_beginner_full_body.csv", "lena_strength_block.csv"),
                java.util.stream.StreamSupport.stream(both.path("reports").spliterator(), false)
                        .map(r -> r.path("program").path("file").asText()).toList());
        assertEquals(JSON.readTree(one.out()), both.path("reports").get(0), "each report as it is alone");
    }

    /** An empty folder audits nothing: said, with exit 2, as linters do when no file matches. */
    @Test
    void aFolderWithNoSpreadsheetIsAUsageError(@TempDir Path empty) throws Exception {
        Files.writeString(empty.resolve("notes.txt"), "no program here");
        CliRun run = CliRun.of("audit", empty.toString(), "--format", "json");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("No spreadsheet (.xlsx, .xlsm, .xls, .csv) found in " + empty), run.err());
        assertEquals("", run.out());
    }
}
