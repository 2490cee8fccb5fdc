package com.programaudit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.importer.words.Column;
import com.programaudit.importer.words.HeaderVocabulary;
import com.programaudit.importer.words.HeaderWords;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HeaderVocabularyTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"Übungsname, EXERCISE", "Wiederh., REPS", "Satzreihenfolge, SET", "Nombre del ejercicio, EXERCISE",
            "Orden de la serie, SET", "Repetições, REPS", "Упражнение, EXERCISE", "Подходы, SETS", "種目, EXERCISE",
            "回数, REPS", "운동, EXERCISE", "무게, LOAD", "exercise_title, EXERCISE", "set_type, TYPE", "start_time, DATE",
            "weight_kg, LOAD", "Workout Name, DAY", "Sets x Reps, SETS_X_REPS"})
    void headersOfAppsAndLanguagesNameTheirColumn(String header, Column column) {
        TestRules.book(); // installs the rules folder's vocabulary
        assertEquals(Optional.of(column), HeaderWords.columnOf(header));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"8", "12.5", "1,000", "' 3 '", "100 200"})
    void aNumberNamesNoColumn(String cell) {
        TestRules.book();
        assertEquals(Optional.empty(), HeaderWords.columnOf(cell));
    }

    /** Numbers skip the lookup only while no header word is a number: a vocabulary may have one. */
    @Test
    void aHeaderWordOfDigitsStillNamesItsColumn(@TempDir Path rules) throws Exception {
        Files.createDirectories(rules.resolve("vocabulary"));
        Files.writeString(rules.resolve(HeaderVocabulary.FILE), "column,language,word\nEXERCISE,en,exercise\nSETS,en,1\nREPS,en,2.3\n");
        try {
            HeaderWords.install(HeaderVocabulary.load(rules, new ArrayList<>()));
            assertEquals(Optional.of(Column.SETS), HeaderWords.columnOf("1"));
            assertEquals(Optional.of(Column.REPS), HeaderWords.columnOf("2,3"));
            assertEquals(Optional.empty(), HeaderWords.columnOf("8"));
        } finally {
            HeaderWords.install(HeaderVocabulary.load(Path.of("rules"), new ArrayList<>()));
        }
    }

    @Test
    void aMalformedLineIsReportedWithItsLine(@TempDir Path rules) throws Exception {
        Files.createDirectories(rules.resolve("vocabulary"));
        Files.writeString(rules.resolve(HeaderVocabulary.FILE),
                "column,language,word\nEXERCISE,en,exercise\nREPZ,en,reps\nSETS,en,exercise\nSETS,en,\"...\"\n");
        List<String> problems = new ArrayList<>();
        HeaderVocabulary vocabulary = HeaderVocabulary.load(rules, problems);
        assertEquals(List.of("exercise"), vocabulary.words().get(Column.EXERCISE));
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("vocabulary/headers.csv:3: 'REPZ' is not a column"), problems.get(0));
        assertTrue(problems.get(1).startsWith("vocabulary/headers.csv:4: 'exercise' already names EXERCISE"), problems.get(1));
        assertTrue(problems.get(2).startsWith("vocabulary/headers.csv:5: "), problems.get(2));
    }
}
