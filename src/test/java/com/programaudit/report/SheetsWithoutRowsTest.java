package com.programaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.model.ProgramFacts;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** REPORT.md: show lists the sheets used and the ones skipped. */
class SheetsWithoutRowsTest {
    @Test
    void showNamesTheSheetsNoExerciseWasReadFrom() throws Exception {
        byte[] bytes;
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            book.createSheet("Notes").createRow(0).createCell(0).setCellValue("Warm up well; deload in week 5.");
            Sheet log = book.createSheet("Current");
            String[][] rows = {{"Week", "Day", "Exercise", "Sets", "Reps", "RIR"}, {"1", "1", "Back Squat", "3", "5", "2"},
                    {"1", "1", "Leg Curl", "3", "10", "1"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = log.createRow(r);
                for (int c = 0; c < rows[r].length; c++) row.createCell(c).setCellValue(rows[r][c]);
            }
            book.createSheet("Maxes").createRow(0).createCell(0).setCellValue("Squat 1RM");
            book.write(out);
            bytes = out.toByteArray();
        }
        List<ProgramFacts> programs = TestRules.service().importer().read("plan.xlsx", bytes);
        assertEquals(List.of("Notes", "Maxes"), programs.get(0).program().getReading().sheetsWithoutRows());
        String shown = ReadingText.render(programs.get(0));
        assertTrue(shown.contains("Sheets no exercise was read from: 'Notes', 'Maxes'."), shown);
        assertTrue(ReadingJson.render(programs).contains("\"sheetsWithoutRows\" : [ \"Notes\", \"Maxes\" ]"), ReadingJson.render(programs));
    }
}
