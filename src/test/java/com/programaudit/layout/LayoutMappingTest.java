package com.programaudit.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.importer.ImportException;
import com.programaudit.model.ProgramFacts;
import com.programaudit.importer.ProgramImporter;
import com.programaudit.ruletest.CaseResult;
import com.programaudit.ruletest.CaseRunner;
import com.programaudit.ruletest.RuleCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** rules/layouts/ mapping files: a business template is read through its mapping, mistakes are named by line. */
class LayoutMappingTest {
    private static final Path SAMPLE = Path.of("src/test/resources/layouts/kraftwerk_dan.csv");

    /** The German headers are in rules/vocabulary, but 'Reserve' (the studio's word for RIR) is only in its mapping. */
    @Test
    void withoutItsMappingTheStudiosOwnWordsAreLost() throws ImportException {
        ProgramImporter withoutMappings = new ProgramImporter(TestRules.book().catalog());
        ProgramImporter withMappings = new ProgramImporter(TestRules.book().catalog(), TestRules.book().layouts());
        assertTrue(withoutMappings.read(SAMPLE).get(0).sets().stream().allMatch(s -> s.getRir() == null),
                "without the mapping no RIR is read");
        ProgramFacts mapped = withMappings.read(SAMPLE).get(0);
        assertEquals("mapped", mapped.program().getReading().layout());
        assertTrue(mapped.sets().stream().anyMatch(s -> s.getRir() != null), "the mapping reads 'Reserve' as RIR");
    }

    @Test
    void theTemplateAuditsWithTheMappingExactlyLikeTheSameTableWithKnownHeaders() {
        assertFalse(TestRules.book().layouts().isEmpty(), "rules/layouts/ is loaded with the rules");
        RuleCase sample = new RuleCase(null, "kraftwerk_dan", SAMPLE,
                Path.of("src/test/resources/layouts/kraftwerk_dan.expected.json"));
        CaseResult result = new CaseRunner(TestRules.service()).run(sample);
        assertTrue(result.passed(), result.describe());
    }

    /**
     * A template that numbers its columns ("1", "2", ...) is found through a mapping of those numbers: number cells
     * are passed over as headers only when no mapped header is a number.
     */
    @Test
    void aMappingOfNumberedColumnsFindsItsHeaderRow(@org.junit.jupiter.api.io.TempDir Path folder) throws Exception {
        List<String> problems = new ArrayList<>();
        LayoutMapping numbered = LayoutMappings.read("layouts/numbered.properties",
                List.of("exercise = 1", "week = 2", "sets = 3", "reps = 4", "rir = 5"), problems).orElseThrow();
        assertEquals(List.of(), problems);
        Path sheet = folder.resolve("numbered.csv");
        Files.writeString(sheet, "1,2,3,4,5\nBack Squat,1,3,5,2\nBench Press,1,3,8,0\n");
        ProgramFacts read = new ProgramImporter(TestRules.book().catalog(), List.of(numbered)).read(sheet).get(0);
        assertEquals("mapped", read.program().getReading().layout());
        assertEquals(List.of(2.0, 2.0, 2.0, 0.0, 0.0, 0.0), read.sets().stream().map(s -> s.getRir()).toList());
    }

    @Test
    void theExampleMappingFileLoadsCleanly() {
        List<String> problems = new ArrayList<>();
        List<LayoutMapping> mappings = LayoutMappings.load(TestRules.RULES, problems);
        assertEquals(List.of(), problems);
        assertTrue(mappings.stream().anyMatch(m -> m.file().endsWith("kraftwerk_studio.properties")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
            "a line without '=';exercise = Movement\\nweek Wk\\nsets = Sets;2;expected 'field = Header text'",
            "an unknown field;exercise = Movement\\nweek = Wk\\nreps = Reps\\nfeeling = Mood;4;unknown field 'feeling'",
            "a field mapped twice;exercise = Movement\\nweek = Wk\\nreps = Reps\\nreps = Count;4;mapped twice",
            "a header on two fields;exercise = Movement\\nweek = Wk\\nreps = Reps | Wk;3;already mapped to 'week'",
            "no exercise;week = Wk\\nreps = Reps;2;no 'exercise = …' line",
            "no week or day;exercise = Movement\\nreps = Reps;2;map 'week' or 'day'",
            "an empty header;exercise = \\nweek = Wk\\nreps = Reps;1;has no header text"})
    void aMalformedMappingIsReportedAsFileLineMessage(String what, String text, int line, String words) {
        List<String> problems = new ArrayList<>();
        LayoutMappings.read("layouts/bad.properties", List.of(text.split("\\\\n")), problems);
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("layouts/bad.properties:" + line + ": "), problems.get(0));
        assertTrue(problems.get(0).contains(words), problems.get(0));
    }

}
