package com.programaudit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import com.programaudit.ruletest.CaseResult;
import com.programaudit.ruletest.CaseRunner;
import com.programaudit.ruletest.RuleCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every shared example saved in the other formats its layout allows (src/test/resources/formats/,
 * written by FormatConverter; regenerate with -Dformats.update=true) gives exactly the findings of its
 * expected.json, and the same rule, week, day, exercise and set as the original file.
 */
class EveryFormatTest {
    static final Path FORMATS = Path.of("src/test/resources/formats");
    static final Path EXAMPLES = Path.of("src/test/resources/examples");

    /** Example, its format, and the formats it is converted to (sheet per week and weeks across need a workbook). */
    static final List<String[]> COPIES = List.of(
            new String[] {"anna_upper_lower", "xlsx", "xls", "csv"},
            new String[] {"ben_strength_weeks", "xlsx", "xls"},
            new String[] {"carla_weeks_across", "xlsx", "xls"},
            new String[] {"dan_full_body", "csv", "xlsx", "xls"},
            new String[] {"eva_clean", "xls", "xlsx", "csv"});

    @BeforeAll
    static void writeCopiesWhenAsked() throws Exception {
        if (!Boolean.getBoolean("formats.update")) return;
        Files.createDirectories(FORMATS);
        for (String[] copy : COPIES) {
            byte[] original = Files.readAllBytes(EXAMPLES.resolve(copy[0] + "." + copy[1]));
            for (int i = 2; i < copy.length; i++) {
                Files.write(FORMATS.resolve(copy[0] + "." + copy[i]), FormatConverter.convert(original, copy[i]));
            }
        }
    }

    static Stream<Arguments> copies() {
        return COPIES.stream().flatMap(copy -> Stream.of(copy).skip(2)
                .map(format -> Arguments.of(copy[0] + "." + format, copy[0] + "." + copy[1])));
    }

    @ParameterizedTest(name = "{0} (from {1})")
    @MethodSource("copies")
    void aConvertedCopyGivesExactlyTheExpectedFindings(String copy, String original) {
        Path file = FORMATS.resolve(copy);
        assertTrue(Files.exists(file), copy + " is missing: run with -Dformats.update=true");
        String name = copy.substring(0, copy.lastIndexOf('.'));
        CaseResult result = new CaseRunner(TestRules.service())
                .run(new RuleCase(null, name, file, EXAMPLES.resolve(name + ".expected.json")));
        assertTrue(result.passed(), copy + ":" + result.describe());

        assertEquals(keys(TestRules.service().audit(EXAMPLES.resolve(original))),
                keys(TestRules.service().audit(file)), "same findings as " + original);
    }

    private static List<String> keys(List<AuditReport> reports) {
        assertEquals(1, reports.size());
        assertTrue(reports.get(0).readable(), String.valueOf(reports.get(0).error()));
        return reports.get(0).findings().stream().map(EveryFormatTest::key).sorted().toList();
    }

    private static String key(Finding f) {
        Location l = f.getLocation();
        return f.getRule() + " week " + l.getWeek() + " day " + l.getDay() + " " + l.getExercise() + " set " + l.getSet()
                + " block " + l.getBlock();
    }
}
