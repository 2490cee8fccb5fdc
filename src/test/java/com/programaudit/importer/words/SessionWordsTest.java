package com.programaudit.importer.words;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Session headings, prescription headings and week labels in the languages programs are shared in. */
class SessionWordsTest {
    @ParameterizedTest(name = "''{0}'' names a session: {1}")
    @CsvSource(delimiter = ';', value = {"Day 1; true", "DAY 2 - Lower; true", "Day 1 하체 근력; true", "Push A; true",
            "legs B; true", "Upper; true", "Full Body; true", "treino A; true", "Día 3; true", "Tag 1; true",
            "День 2; true", "1日目; true", "2일차; true", "월요일; true", "Monday: Push; true", "Mon; true",
            "Chest & Triceps; true", "Arm day; true", "第1天; true", "星期一; true",
            "Training Max; false", "Workout Date; false", "Session Exercise; false", "chest; false", "Exercise; false",
            "Bench Press 3x8; false", "repetições A; false"})
    void sessionNames(String text, boolean session) {
        assertEquals(session, SessionWords.isSessionName(text));
    }

    @ParameterizedTest(name = "''{0}'' heads a prescription column: {1}")
    @CsvSource(delimiter = ';', value = {"repetições A; true", "reps; true", "Séries; true", "Sets x Reps; true",
            "Actual Load; false", "treino B; false", "; false"})
    void prescriptionHeadings(String text, boolean heading) {
        assertEquals(heading, SessionWords.isPrescriptionHeading(text == null ? "" : text));
    }

    @ParameterizedTest(name = "''{0}'' is a week label: {1}")
    @CsvSource(delimiter = ';', value = {"Week 2; true", "Week 4 (deload); true", "Semana 3; true", "3주차; true",
            "W2; true", "05/12/22; true", "2022-12-05; true", "Week Starting 05/12/22; true", "Week Starting; false",
            "W1D1; false", "Weekly volume; false", "Squat; false"})
    void weekLabels(String text, boolean week) {
        assertEquals(week, SessionWords.weekLabel(text).isPresent());
    }
}
