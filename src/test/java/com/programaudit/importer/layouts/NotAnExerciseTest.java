package com.programaudit.importer.layouts;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows that name no exercise, in the spellings coaches use, whatever their case: isExercise asks its regex only of
 * names starting with one of the regex's first letters, so each word of the regex is here in several cases.
 */
class NotAnExerciseTest {
    @ParameterizedTest
    @ValueSource(strings = {"—", "-", " - ", "n/a", "N/A", "na", "NA", "tbd", "TBD", "note", "Notes", "NOTES",
            "total", "Total volume", "TOTALS", "sum", "Sum of sets", "weekly total", "Weekly Total: 12",
            "rest", "Rest Day 😴", "REST / Mobility", "off", "OFF - walk 10k steps", "day off", "Day Off",
            "recovery day", "Recovery Day", "active recovery", "Active Recovery walk"})
    void isNotAnExercise(String text) {
        assertFalse(LogTableReader.isExercise(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Rest-pause curls", "rest pause curls", "Squat", "Deadlift", "Nordic curl", "Sumo deadlift",
            "Offset lunge", "Romanian deadlift", "Arnold press", "Bench press", "Wide-grip row", "Dips",
            "Turkish get-up", "Overhead press", "ſquat", "Élévation latérale"})
    void isAnExercise(String text) {
        assertTrue(LogTableReader.isExercise(text), text);
    }
}
