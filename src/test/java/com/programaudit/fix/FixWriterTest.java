package com.programaudit.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Fix;
import com.programaudit.model.Location;
import com.programaudit.model.Severity;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Fixed copies: which edit wins a cell, stale cells skipped, values typed, formats and the input kept. */
class FixWriterTest {
    private static final Path EXAMPLES = TestRules.RESOURCES.resolve("examples");

    private static Finding finding(String rule, Severity severity, CellEdit... edits) {
        Location at = new Location(edits[0].sheet(), edits[0].cell(), null, 1, 1, null, "Squat", 1, null);
        return new Finding(rule, severity, rule + " message", List.of(), at, new Fix("fix it", List.of(edits)));
    }

    private static String csv(FixWriter.Result result) { return new String(result.bytes(), StandardCharsets.UTF_8); }

    private static EditResult resultOf(FixWriter.Result result, String rule) {
        return result.edits().stream().filter(r -> r.rule().equals(rule)).findFirst().orElseThrow();
    }

    @Test
    void theMoreSevereFindingWinsACellAndTheOtherEditIsReportedAsSkipped() throws Exception {
        byte[] input = "Exercise,RIR\nSquat,0\n".getBytes(StandardCharsets.UTF_8);
        FixWriter.Result result = FixWriter.write("plan.csv", input, List.of(
                finding("A_WARNING_RULE", Severity.WARNING, new CellEdit("plan", "B2", "0", "3")),
                finding("Z_ERROR_RULE", Severity.ERROR, new CellEdit("plan", "B2", "0", "2"))));
        assertEquals("Exercise,RIR\nSquat,2\n", csv(result));
        assertTrue(resultOf(result, "Z_ERROR_RULE").applied());
        EditResult loser = resultOf(result, "A_WARNING_RULE");
        assertFalse(loser.applied());
        assertTrue(loser.reason().contains("conflicts with the Z_ERROR_RULE edit"), loser.reason());
    }

    @Test
    void atEqualSeverityTheRuleIdThatSortsFirstWinsWhateverTheFindingOrder() throws Exception {
        byte[] input = "Exercise,RIR\nSquat,0\n".getBytes(StandardCharsets.UTF_8);
        FixWriter.Result result = FixWriter.write("plan.csv", input, List.of(
                finding("B_RULE", Severity.ERROR, new CellEdit("plan", "B2", "0", "3")),
                finding("A_RULE", Severity.ERROR, new CellEdit("plan", "B2", "0", "2"))));
        assertEquals("Exercise,RIR\nSquat,2\n", csv(result));
        assertTrue(resultOf(result, "A_RULE").applied());
        assertFalse(resultOf(result, "B_RULE").applied());
    }

    @Test
    void findingsProposingTheSameEditAreAllApplied() throws Exception {
        byte[] input = "Exercise,Notes\nSquat,drop set\n".getBytes(StandardCharsets.UTF_8);
        CellEdit same = new CellEdit("plan", "B2", "drop set", "");
        FixWriter.Result result = FixWriter.write("plan.csv", input, List.of(
                finding("RULE_ONE", Severity.WARNING, same), finding("RULE_TWO", Severity.ERROR, same)));
        assertEquals("Exercise,Notes\nSquat,\n", csv(result));
        assertEquals(2, result.appliedCount());
    }

    @Test
    void anEditIsSkippedWhenTheCellNoLongerHoldsWhatTheFindingSaw() throws Exception {
        byte[] input = "Exercise,RIR\nSquat,1\n".getBytes(StandardCharsets.UTF_8);
        FixWriter.Result result = FixWriter.write("plan.csv", input,
                List.of(finding("RULE", Severity.ERROR, new CellEdit("plan", "B2", "0", "2"))));
        assertArrayEquals(input, result.bytes());
        EditResult skipped = result.edits().get(0);
        assertFalse(skipped.applied());
        assertTrue(skipped.reason().contains("holds '1', not '0'"), skipped.reason());
    }

    @Test
    void csvKeepsSeparatorBomLineEndingsAndEveryRowItDidNotEdit() throws Exception {
        String text = "\uFEFFTitle;\"Anna; spring\"\r\nExercise;RIR;Notes\r\n\"Squat\";0;\"heavy, \"\"belt\"\"\"\r\nBench;1;\r\n";
        byte[] input = text.getBytes(StandardCharsets.UTF_8);
        FixWriter.Result result = FixWriter.write("anna.csv", input,
                List.of(finding("RULE", Severity.ERROR, new CellEdit("anna", "B4", "1", "2"))));
        assertEquals("csv", result.extension());
        assertEquals("\uFEFFTitle;\"Anna; spring\"\r\nExercise;RIR;Notes\r\n\"Squat\";0;\"heavy, \"\"belt\"\"\"\r\nBench;2;\r\n",
                csv(result));
    }

    @Test
    void aNumberIsWrittenAsANumberTextAsTextAndTheCellKeepsItsStyle() throws Exception {
        byte[] input = Files.readAllBytes(EXAMPLES.resolve("ben_strength_weeks.xlsx"));
        byte[] copyOfInput = input.clone();
        AuditReport report = TestRules.service().audit("ben_strength_weeks.xlsx", input).get(0);
        FixWriter.Result result = FixWriter.write(report, input);
        assertArrayEquals(copyOfInput, input, "the input bytes are not touched");
        assertEquals("xlsx", result.extension());
        try (Workbook before = open(input); Workbook after = open(result.bytes())) {
            for (EditResult r : result.edits()) {
                assertTrue(r.applied(), r.toString());
                Cell was = cell(before, r.edit());
                Cell now = cell(after, r.edit());
                assertEquals(was.getCellStyle().getIndex(), now.getCellStyle().getIndex(), r + " keeps its style");
                String to = r.edit().to();
                if (to.isEmpty()) assertEquals(CellType.BLANK, now.getCellType(), r.toString());
                else if (to.matches("\\d+")) assertEquals(Double.parseDouble(to), now.getNumericCellValue(), r.toString());
                else assertEquals(to, now.getStringCellValue(), r.toString());
            }
        }
        assertTrue(result.edits().stream().anyMatch(r -> r.edit().to().matches("\\d+")), "the example has a numeric edit");
    }

    @Test
    void xlsStaysXlsAndAFormulaCellIsLeftAlone() throws Exception {
        byte[] input;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var row = workbook.createSheet("Plan").createRow(0);
            row.createCell(0).setCellValue(5);
            row.createCell(1).setCellFormula("A1*2");
            workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            workbook.write(out);
            input = out.toByteArray();
        }
        FixWriter.Result result = FixWriter.write("plan.xlsx", input, List.of(
                finding("VALUE", Severity.ERROR, new CellEdit("Plan", "A1", "5", "6")),
                finding("FORMULA", Severity.ERROR, new CellEdit("Plan", "B1", "10", "3"))));
        assertTrue(resultOf(result, "VALUE").applied());
        assertFalse(resultOf(result, "FORMULA").applied());
        assertTrue(resultOf(result, "FORMULA").reason().contains("formula"));
        try (Workbook after = open(result.bytes())) {
            assertEquals("A1*2", after.getSheet("Plan").getRow(0).getCell(1).getCellFormula());
            assertTrue(after.getForceFormulaRecalculation(), "Excel recomputes B1 on open");
        }

        byte[] xls = Files.readAllBytes(EXAMPLES.resolve("eva_clean.xls"));
        assertEquals("xls", FixWriter.write("eva_clean.xls", xls, List.of()).extension());
        assertEquals("eva_clean.fixed.xls", FixWriter.fileName("eva_clean.xls", "xls"));
    }

    private static Cell cell(Workbook workbook, CellEdit edit) {
        var ref = new org.apache.poi.ss.util.CellReference(edit.cell());
        return workbook.getSheet(edit.sheet()).getRow(ref.getRow()).getCell(ref.getCol());
    }

    private static Workbook open(byte[] bytes) throws java.io.IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }
}
