package com.programaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.audit.AuditReport;
import com.programaudit.fix.FixWriter;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Fix;
import com.programaudit.model.Location;
import com.programaudit.model.Severity;
import com.programaudit.workbook.CellValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workbook writers on inputs that used to throw out of them: a coach's note on the cell where a
 * comment box would start, text over Excel's 32,767 characters, addresses off the grid (row 0, past the
 * last column), a finding on the last column. Each gives a workbook that opens again.
 */
class WorkbookWritersHardCasesTest {
    private static final String LONG = "x".repeat(40_000);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void awkwardFindingsStillGiveAnAnnotatedWorkbookThatOpens(boolean xlsx) throws IOException {
        int lastColumn = xlsx ? 16383 : 255;
        String lastCell = org.apache.poi.ss.util.CellReference.convertNumToColString(lastColumn) + "2";
        byte[] input = coachWorkbook(xlsx, lastColumn);
        List<Finding> findings = List.of(finding("B1", "short"), finding("C1", "on the cell with the coach's note"),
                finding("D1", LONG), finding("A0", "row 0"), finding("XFE1", "past the grid"), finding(lastCell, "last column"));
        AuditReport report = new AuditReport("plan." + (xlsx ? "xlsx" : "xls"), "plan", null, findings, null, null, null);

        AnnotatedWorkbook.Result result = AnnotatedWorkbook.write(report, input);

        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(result.bytes()))) {
            Sheet sheet = wb.getSheet("Plan");
            Comment onB1 = sheet.getRow(0).getCell(1).getCellComment();
            assertNotNull(onB1, "B1 gets its comment although C1, where its box would start, has the coach's note");
            Comment onC1 = sheet.getRow(0).getCell(2).getCellComment();
            assertTrue(onC1.getString().getString().startsWith("coach's own note"), "the coach's note stays first");
            String cut = sheet.getRow(0).getCell(3).getCellComment().getString().getString();
            assertTrue(cut.length() <= CellValues.MAX_TEXT && cut.endsWith("characters]"), "the long text is cut, with a note");
            assertNotNull(sheet.getRow(1).getCell(lastColumn).getCellComment(), "the last column gets a comment too");
            Sheet audit = wb.getSheet("Audit");
            assertEquals(findings.size(), audit.getLastRowNum(), "every finding is listed, also those off the grid");
            assertTrue(audit.getRow(3).getCell(10).getStringCellValue().endsWith("characters]"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"plan.csv", "plan.xlsx"})
    void anEditOffTheGridIsSkippedWithAReasonNotAnException(String name) throws IOException {
        byte[] input = name.endsWith(".csv") ? "Exercise,RIR\nSquat,0\n".getBytes(StandardCharsets.UTF_8)
                : coachWorkbook(true, 16383);
        Finding f = new Finding("R", Severity.ERROR, "m", List.of(), location("A0"),
                new Fix("d", List.of(new CellEdit("Plan", "A0", "", "2"),
                        new CellEdit("Plan", name.endsWith(".csv") ? "A99" : "XFE1", "", "2")))); // no row 99; no column XFE
        FixWriter.Result fixed = FixWriter.write(name, input, List.of(f));
        assertEquals(2, fixed.edits().size());
        assertFalse(fixed.edits().stream().anyMatch(EditResult::applied), fixed.edits().toString());
    }

    private static byte[] coachWorkbook(boolean xlsx, int lastColumn) throws IOException {
        try (Workbook wb = xlsx ? new XSSFWorkbook() : new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Plan");
            Row row = sheet.createRow(0);
            for (int c = 0; c < 6; c++) row.createCell(c).setCellValue("v" + c);
            sheet.createRow(1).createCell(lastColumn).setCellValue("edge");
            ClientAnchor anchor = wb.getCreationHelper().createClientAnchor();
            anchor.setCol1(2);
            anchor.setCol2(4);
            anchor.setRow1(0);
            anchor.setRow2(3);
            Comment note = sheet.createDrawingPatriarch().createCellComment(anchor);
            note.setString(wb.getCreationHelper().createRichTextString("coach's own note"));
            row.getCell(2).setCellComment(note);
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static Finding finding(String cell, String message) {
        return new Finding("RULE_" + cell, Severity.WARNING, message, List.of(), location(cell), Fix.none());
    }

    private static Location location(String cell) {
        return new Location("Plan", cell, null, 1, 1, null, null, null, null);
    }
}
