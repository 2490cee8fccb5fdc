package com.programaudit.importer;

import com.programaudit.importer.assembly.*;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.programaudit.model.CellRef;
import com.programaudit.model.SourceCell;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SessionDatesTest {
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({"2024-01-08, 2024-01-08", "2024-01-08T00:00, 2024-01-08", "01/15/2024, 2024-01-15", "1/3/24, 2024-01-03",
            "8-Jan-2024, 2024-01-08", "'Jan 8, 2024', 2024-01-08"})
    void monthFirstWhenNoDayIsAbove12(String text, String expected) {
        SessionDates dates = SessionDates.forColumn(List.of("01/15/2024", "1/3/24"));
        assertEquals(LocalDate.parse(expected), dates.parse(text).orElseThrow());
    }

    @Test
    void dayFirstWhenTheColumnSaysSo() {
        SessionDates dates = SessionDates.forColumn(List.of("20/01/2025", "03/02/2025"));
        assertEquals(LocalDate.of(2025, 2, 3), dates.parse("03/02/2025").orElseThrow());
    }

    @Test
    void weeksAreCalendarWeeksFromTheFirstDate() {
        SessionDates dates = SessionDates.forColumn(List.of());
        CellRef ref = new CellRef("Log", "A2");
        assertEquals("Week 1", dates.week(new SourceCell(ref, "2024-01-03")).orElseThrow().getText()); // a Wednesday
        assertEquals("Week 1", dates.week(new SourceCell(ref, "2024-01-07")).orElseThrow().getText()); // that Sunday
        assertEquals("Week 2", dates.week(new SourceCell(ref, "2024-01-08")).orElseThrow().getText());
        assertEquals("Week 4", dates.week(new SourceCell(ref, "2024-01-24")).orElseThrow().getText());
    }

    @Test
    void theTimeOfDayIsNotPartOfTheDate() {
        SessionDates dates = SessionDates.forColumn(List.of());
        assertEquals(LocalDate.of(2024, 12, 12), dates.parse("12 Dec 2024, 13:18").orElseThrow());
        assertEquals(LocalDate.of(2024, 2, 3), dates.parse("02/03/2024 18:04:00").orElseThrow());
    }

    @Test
    void newestFirstExportsCountWeeksFromTheEarliestDate() {
        SessionDates dates = SessionDates.forColumn(List.of("2024-01-24", "2024-01-08", "2024-01-03"));
        CellRef ref = new CellRef("Log", "A2");
        assertEquals("Week 4", dates.week(new SourceCell(ref, "2024-01-24")).orElseThrow().getText());
        assertEquals("Week 1", dates.week(new SourceCell(ref, "2024-01-03")).orElseThrow().getText());
    }
}
