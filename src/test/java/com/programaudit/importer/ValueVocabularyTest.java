package com.programaudit.importer;

import com.programaudit.importer.words.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The coach vocabulary of SPREADSHEETS.md, as a table: cell text → what the importer reads. */
class ValueVocabularyTest {
    @ParameterizedTest(name = "RIR ''{0}'' → rir {1}, failure {2}")
    @CsvSource({"2, 2.0, false", "0, 0.0, true", "0-1, 0.0, true", "1-2, 1.0, false", "@2, 2.0, false",
            "0 RIR, 0.0, true", "F, 0.0, true", "failure, 0.0, true", "AMRAP, 0.0, true"})
    void rir(String text, double rir, boolean failure) {
        Effort effort = ValueParser.rir(text);
        assertEquals(rir, effort.rir());
        assertEquals(failure, effort.failure());
    }

    @ParameterizedTest(name = "RPE ''{0}'' → failure {1}")
    @CsvSource({"8, false", "10, true", "9-10, true", "RPE 9.5, false", "@9, false", "@10, true", "9.5-10, true"})
    void rpe(String text, boolean failure) {
        assertEquals(failure, ValueParser.rpe(text).failure());
    }

    @ParameterizedTest(name = "reps ''{0}'' → failure {1}")
    @CsvSource(delimiter = ';', value = {"8; false", "8-12; false", "8–12; false", "AMRAP; true", "max; true",
            "5+; true", "85% x 5+; true", "12, 10, 8; false"})
    void reps(String text, boolean failure) {
        assertEquals(failure, ValueParser.reps(text).failure());
    }

    @ParameterizedTest(name = "sets × reps ''{0}''")
    @CsvSource(delimiter = ';', value = {"4x8; 4; 8", "3 x 10-12; 3; 10-12", "4×6; 4; 6", "3x8-10 @RPE8; 3; 8-10",
            "3x5+; 3; 5+"})
    void setsAndReps(String text, int sets, String reps) {
        ValueParser.SetsAndReps scheme = ValueParser.setsAndReps(text).orElseThrow();
        assertEquals(sets, scheme.sets());
        assertEquals(reps, scheme.reps());
    }

    @ParameterizedTest(name = "notes ''{0}'' → {1}")
    @CsvSource(delimiter = ';', value = {
            "last set to failure; failure@LAST",
            "AMRAP on the last set; failure@LAST",
            "drop set on last set; DROP_SET@LAST",
            "rest-pause on the last set; REST_PAUSE@LAST",
            "every set to failure; failure@ALL",
            "sets 2-3 to failure; failure@NUMBERED[2, 3]",
            "forced reps with partner; FORCED_REPS@LAST",
            "myo-reps; REST_PAUSE@LAST",
            "drop 30% on the last set; DROP_SET@LAST",
            "last set: drop the weight and keep going; DROP_SET@LAST",
            "rep out on the last set; failure@LAST",
            "30% drop; DROP_SET@LAST",
            "last 2 sets to failure; failure@LAST_N[2]",
            "RPE 9-10; failure@LAST",
            "0-1 RIR on the last set; failure@LAST",
            "F; failure@LAST",
            "burnout on last set; failure@LAST",
            "form first; ''",
            "2 reps from failure; ''",
            "failure NOT recommended; ''",
            "close to failure but not to failure; ''",
            "Drop the weight 10% from last week; ''",
            "Drop the weight if form breaks; ''",
            "weight drops 2.5 kg each week; ''",
            "stop 1 rep short of failure; ''",
            "no drop sets this week; ''",
            "technique focus; ''",
            "slow eccentric, brace hard; ''",
            "brace, knees out; ''"})
    void freeText(String text, String expected) {
        String marks = FreeText.marks(text).stream().map(m -> (m.isFailure() ? "failure" : m.technique().name())
                + "@" + m.target().kind() + (m.target().numbers().isEmpty() ? "" : m.target().numbers().toString()))
                .collect(Collectors.joining(" "));
        assertEquals(expected, marks);
    }

    @ParameterizedTest(name = "without effort clauses: ''{0}'' → ''{1}''")
    @CsvSource(delimiter = '|', value = {"last set to failure| ''", "brace, knees out| brace, knees out",
            "brace; last set to failure| brace", "drop set on last set| ''", "heavy, AMRAP on the last set| heavy",
            "drop 30% then rep out| ''", "12-15 + AMRAP on final set| 12-15", "12 (last set to failure)| 12",
            "10, last set AMRAP| 10", "slow (3 s) eccentric| slow (3 s) eccentric", "pause at the bottom; drop 20%| pause at the bottom"})
    void fixRemovesOnlyTheEffortClause(String text, String expected) {
        assertEquals(expected, FreeText.withoutEffortClauses(text));
    }

    @ParameterizedTest(name = "warm-up ''{0}'' → {1}")
    @CsvSource(delimiter = ';', value = {"warm-up; true", "Warm-up; true", "WU; true", "ramp; true",
            "after warm-up go heavy; false", "working; false"})
    void warmup(String text, boolean warmup) {
        assertEquals(warmup, FreeText.isWarmup(text));
    }

    @ParameterizedTest(name = "note labels a warm-up row: ''{0}'' → {1}")
    @CsvSource(delimiter = ';', value = {"warm-up; true", "WU set; true", "Warm-up: 50% x 5; true", "warm-up: forced reps with partner; true", "WU - to failure; true",
            "do 2 warm-up sets first; false", "warm up light, last set to failure; false",
            "after warm-up go heavy; false", "ramp to a top set then back off; false"})
    void warmupLabel(String text, boolean label) {
        assertEquals(label, FreeText.isWarmupLabel(text));
    }

    @ParameterizedTest(name = "items ''{0}'' → {1}")
    @CsvSource(delimiter = ';', value = {"7,5; [7.5]", "120,5 kg; [120.5 kg]", "2,1,0; [2, 1, 0]", "2,1; [2, 1]",
            "12, 10, 8; [12, 10, 8]", "2/1/0; [2, 1, 0]"})
    void perSetListsAndDecimalCommas(String text, String expected) {
        assertEquals(expected, ValueParser.items(text).toString());
    }

    @ParameterizedTest(name = "two schemes ''{0}'' → {1} sets, reps {2}")
    @CsvSource(delimiter = ';', value = {"3x10 + 1xAMRAP; 4; 10/10/10/amrap", "3 sets of 12; 3; 12", "4 sets, 8-10 reps; 4; 8-10 reps", "2x5 + 1x5+ @8; 3; 5/5/5+"})
    void twoSchemesInOneCell(String text, int sets, String reps) {
        ValueParser.SetsAndReps scheme = ValueParser.setsAndReps(text).orElseThrow();
        assertEquals(sets, scheme.sets());
        assertEquals(reps, scheme.reps());
    }
}
