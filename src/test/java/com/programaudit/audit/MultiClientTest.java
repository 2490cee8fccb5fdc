package com.programaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.importer.FormatConverter;
import com.programaudit.model.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A business's export of several clients (a Client column) gives one report per client. The three
 * clients of three_clients.csv have the same program except that Jon squats to failure in week 2.
 */
class MultiClientTest {
    private static final Path THREE = Path.of("src/test/resources/programs/three_clients.csv");

    @ParameterizedTest(name = "as .{0}")
    @ValueSource(strings = {"csv", "xlsx", "xls"})
    void eachClientIsItsOwnProgramAndOnlyTheOneWithAProblemHasIt(String format) throws Exception {
        byte[] csv = Files.readAllBytes(THREE);
        byte[] input = format.equals("csv") ? csv : FormatConverter.convert(csv, format);
        List<AuditReport> reports = TestRules.service().audit("clients." + format, input);

        assertEquals(3, reports.size(), reports.toString());
        Map<String, AuditReport> byClient = reports.stream()
                .collect(Collectors.toMap(r -> r.program().getName(), Function.identity()));
        assertEquals(Set.of("Mia Novak", "Jon Park", "Lea Brandt"), byClient.keySet());
        assertEquals(Set.of("clients.mia-novak", "clients.jon-park", "clients.lea-brandt"),
                reports.stream().map(AuditReport::name).collect(Collectors.toSet()));
        for (AuditReport report : reports) {
            assertEquals(2, report.program().getWeeks(), report.name());
            assertEquals(report.program().getName(), report.program().getAthlete());
        }
        List<String> mia = keys(byClient.get("Mia Novak"));
        assertEquals(mia, keys(byClient.get("Lea Brandt")), "the same program gives the same findings");
        List<String> jon = keys(byClient.get("Jon Park"));
        assertTrue(jon.containsAll(mia), jon + " vs " + mia);
        List<String> extra = jon.stream().filter(k -> !mia.contains(k)).toList();
        assertTrue(extra.contains("FAILURE_ON_HEAVY_COMPOUND w2 d1 Back Squat"), extra.toString());
        assertTrue(byClient.get("Jon Park").findings().stream().filter(f -> f.getRule().equals("FAILURE_ON_HEAVY_COMPOUND"))
                .allMatch(f -> f.getLocation().getCell().equals("H20")), "the finding names Jon's cell");
    }

    @Test
    void clientsWhoseNamesMakeTheSameFileNameStillGetTheirOwnReports() {
        String csv = "Client,Week,Day,Exercise,Sets,Reps,RIR\n"
                + "Anna Berg,1,A,Back Squat,3,5,2\n"
                + "anna berg!,1,A,Back Squat,3,5,0\n"
                + "ANNA-BERG,1,A,Back Squat,3,5,1\n";
        List<AuditReport> reports = TestRules.service().audit("team.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("team.anna-berg", "team.anna-berg-2", "team.anna-berg-3"),
                reports.stream().map(AuditReport::name).toList());
    }

    @Test
    void filesWithTheSameNameInABatchDoNotOverwriteEachOthersReports(@org.junit.jupiter.api.io.TempDir Path dir)
            throws Exception {
        byte[] dan = Files.readAllBytes(Path.of("src/test/resources/examples/dan_full_body.csv"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("b"));
        Files.write(dir.resolve("a/Dan.csv"), dan);
        Files.write(dir.resolve("b/dan.csv"), dan);
        Files.write(dir.resolve("b/dan.xlsx"), FormatConverter.convert(dan, "xlsx"));
        List<AuditReport> reports = new BatchAudit(TestRules.service(), 2)
                .run(InputFiles.expand(List.of(dir)), f -> { });
        assertEquals(List.of("Dan", "dan-2", "dan-3"), reports.stream().map(AuditReport::name).toList());
    }

    /** Rule, week, day and exercise of each finding, in report order. */
    private static List<String> keys(AuditReport report) {
        return report.findings().stream().map(MultiClientTest::key).toList();
    }

    private static String key(Finding f) {
        return f.getRule() + " w" + f.getLocation().getWeek() + " d" + f.getLocation().getDay() + " "
                + f.getLocation().getExercise();
    }

    @Test
    void aSheetPerClientGivesOneProgramPerSheet() {
        List<AuditReport> reports = TestRules.service().audit(Path.of("src/test/resources/programs/sheet_per_client.xlsx"));
        assertEquals(List.of("John Smith", "Mary Jones"), reports.stream().map(r -> r.program().getName()).toList());
        assertTrue(reports.get(0).findings().stream().anyMatch(f -> f.getRule().equals("FAILURE_ON_HEAVY_COMPOUND")),
                "John squats to failure");
        assertTrue(reports.get(1).findings().stream().noneMatch(f -> f.getRule().equals("FAILURE_ON_HEAVY_COMPOUND")),
                "Mary does not");
    }
}
