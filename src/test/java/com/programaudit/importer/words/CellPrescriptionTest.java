package com.programaudit.importer.words;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Exercise cells that carry their prescription, as a table: cell → name, sets, reps (sets first unless told). */
class CellPrescriptionTest {
    @ParameterizedTest(name = "''{0}'' → {1} | {2} | {3}")
    @CsvSource(delimiter = ';', value = {
            "Incline Press 3 x 8 -12; Incline Press; 3; 8 -12",
            "Lateral Raise 3 X failures; Lateral Raise; 3; failure",
            "Lateral Raise 3 x faliure; Lateral Raise; 3; failure",
            "Dips - failure; Dips; ''; failure",
            "Squat 4x6-8 @RPE8; Squat; 4; 6-8 @RPE8",
            "Row 3 sets of 8; Row; 3; 8",
            "75.0 kg x 6; ''; 1; 6",
            "20x18x16x14x12; ''; 5; 20/18/16/14/12",
            "레그프레스 (20kg + 20kg) 5~10 x 3; 레그프레스; 3; 5-10",
            "Curl machine dropsets 2 x; Curl machine; 2; ''",
            "Box Jump 3 x 5; Box Jump; 3; 5",
            "costas baixo x ; costas baixo; ''; ''",
            "Bench 3x10/8/6; Bench; 3; 10/8/6",
            "Squat 5x5 @ 75%; Squat; 5; 5"})
    void reads(String cell, String name, String sets, String reps) {
        CellPrescription p = CellPrescription.parse(cell);
        assertEquals(name, p.name());
        assertEquals(sets, p.schemeOpt().map(s -> s.sets(false)).orElse(""));
        assertEquals(reps, p.schemeOpt().map(s -> s.reps(false)).orElse(""));
    }

    @ParameterizedTest(name = "''{0}'': plain numbers may be reps x sets when the sheet writes them so")
    @CsvSource(delimiter = ';', value = {"10 x 3; 3; 10", "15 x 5; 5; 15"})
    void repsFirstSheet(String cell, String sets, String reps) {
        CellPrescription.Scheme scheme = CellPrescription.parse(cell).scheme();
        assertEquals(sets, scheme.sets(true));
        assertEquals(reps, scheme.reps(true));
    }

    @ParameterizedTest(name = "''{0}'' → {1}, load ''{2}'', effort ''{3}''")
    @CsvSource(delimiter = ';', value = {"4x6-8 Bench Press; Bench Press; ''; ''", "Squat 100kg 5x5; Squat; 100kg; ''",
            "Deadlift 3x3 @ 140kg; Deadlift; 140kg; ''", "Overhead Press 3x8 RPE 8; Overhead Press; ''; RPE 8",
            "Leg Curl 3x12 0 RIR; Leg Curl; ''; 0 RIR", "3 x 12 reps; ''; ''; ''"})
    void loadAndEffortAround(String cell, String name, String load, String effort) {
        CellPrescription p = CellPrescription.parse(cell);
        assertEquals(name, p.name());
        assertEquals(load, p.load());
        assertEquals(effort, p.effort());
    }

    @ParameterizedTest(name = "''{0}'' → notes ''{1}''")
    @CsvSource(delimiter = ';', value = {"Front Squat/ close squat 3 x 10 (last drop); (last drop set)",
            "pec-dec drop set; drop set", "Cable Fly 3 x 12 drop; drop set"})
    void techniquesGoToNotes(String cell, String notes) {
        CellPrescription p = CellPrescription.parse(cell);
        assertEquals(notes, p.notes());
        assertTrue(p.hasPrescription());
        assertFalse(FreeText.marks(p.notes()).isEmpty());
    }

    @ParameterizedTest(name = "''{0}'' is a warm-up")
    @CsvSource(delimiter = ';', value = {"스쿼트 (0kg) 웜업 10 x 2", "Squat warm-up 2 x 5", "agachamento aquecimento 1x15"})
    void warmups(String cell) {
        assertTrue(CellPrescription.parse(cell).warmup());
    }
}
