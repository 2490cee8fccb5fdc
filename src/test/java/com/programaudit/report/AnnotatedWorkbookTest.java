package com.programaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.Finding;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The annotated workbook: golden dumps (cells, comments, fills, links), and for every example the
 * coach's sheets keep every value, formula and format but the fill of the cells a finding names.
 */
class AnnotatedWorkbookTest {
    private static final Path EXAMPLES = TestRules.RESOURCES.resolve("examples");
    private static final Path GOLDEN = TestRules.RESOURCES.resolve("golden");

    private static AuditReport audit(String name) {
        return TestRules.service().audit(EXAMPLES.resolve(name)).get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna_upper_lower.xlsx", "eva_clean.xls", "dan_full_body.csv"})
    void annotatedWorkbookMatchesGoldenDump(String name) throws IOException {
        AuditReport report = audit(name);
        AnnotatedWorkbook.Result result = AnnotatedWorkbook.write(report, Files.readAllBytes(EXAMPLES.resolve(name)));
        String actual = "extension: " + result.extension() + "\n" + WorkbookDump.of(result.bytes());
        Path golden = GOLDEN.resolve(report.name() + ".audit.txt");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    @ParameterizedTest
    @ValueSource(strings = {"anna_upper_lower.xlsx", "ben_strength_weeks.xlsx", "carla_weeks_across.xlsx", "eva_clean.xls"})
    void coachSheetsKeepValuesFormulasAndFormatsAndEveryFindingIsOnItsCell(String name) throws IOException {
        byte[] input = Files.readAllBytes(EXAMPLES.resolve(name));
        AuditReport report = audit(name);
        AnnotatedWorkbook.Result result = AnnotatedWorkbook.write(report, input);
        try (Workbook before = open(input); Workbook after = open(result.bytes())) {
            assertEquals(before.getNumberOfSheets() + 1, after.getNumberOfSheets(), "one sheet added");
            for (int s = 0; s < before.getNumberOfSheets(); s++) {
                Sheet original = before.getSheetAt(s);
                Sheet copy = after.getSheetAt(s);
                assertEquals(original.getSheetName(), copy.getSheetName());
                assertEquals(original.getNumMergedRegions(), copy.getNumMergedRegions());
                for (Row row : original) {
                    for (Cell cell : row) sameExceptFill(cell, copy.getRow(row.getRowNum()).getCell(cell.getColumnIndex()));
                }
            }
            Sheet audit = after.getSheetAt(after.getNumberOfSheets() - 1);
            assertEquals("Audit", audit.getSheetName());
            java.util.List<Finding> listed = VolumeTable.listed(report.findings());
            int rows = 0;
            while (audit.getRow(rows + 1) != null) rows++;
            assertEquals(listed.size(), rows, "one row per finding under the header, weekly volume left to its table");
            VolumeTable.of(report).ifPresent(table -> {
                Row title = audit.getRow(listed.size() + 2);
                assertEquals(VolumeTable.title(), title.getCell(0).getStringCellValue(), "the volume table below the findings");
                assertEquals(table.rows().size(), audit.getLastRowNum() - (listed.size() + 4), "a row per muscle");
            });
            for (Finding f : listed) {
                if (f.getLocation().getCell() == null) continue;
                Cell cell = after.getSheet(f.getLocation().getSheet()).getRow(rowOf(f)).getCell(columnOf(f));
                assertNotNull(cell.getCellComment(), f + " has a comment");
                assertTrue(cell.getCellComment().getString().getString().contains(f.getRule()), f.toString());
                assertEquals(AnnotatedWorkbook.fillColour(worstAt(report, f)), cell.getCellStyle().getFillForegroundColor(), f.toString());
            }
        }
    }

    private static com.programaudit.model.Severity worstAt(AuditReport report, Finding f) {
        return VolumeTable.listed(report.findings()).stream()
                .filter(o -> f.getLocation().getSheet().equals(o.getLocation().getSheet())
                        && f.getLocation().getCell().equals(o.getLocation().getCell()))
                .map(Finding::getSeverity).min(Enum::compareTo).orElseThrow();
    }

    private static int rowOf(Finding f) { return new org.apache.poi.ss.util.CellReference(f.getLocation().getCell()).getRow(); }

    private static int columnOf(Finding f) { return new org.apache.poi.ss.util.CellReference(f.getLocation().getCell()).getCol(); }

    private static void sameExceptFill(Cell before, Cell after) {
        String where = before.getSheet().getSheetName() + "!" + before.getAddress();
        assertNotNull(after, where);
        assertEquals(before.getCellType(), after.getCellType(), where);
        assertEquals(before.toString(), after.toString(), where + " value or formula");
        CellStyle a = before.getCellStyle();
        CellStyle b = after.getCellStyle();
        assertEquals(a.getDataFormatString(), b.getDataFormatString(), where);
        assertEquals(a.getFontIndex(), b.getFontIndex(), where);
        assertEquals(a.getAlignment(), b.getAlignment(), where);
        assertEquals(a.getBorderBottom(), b.getBorderBottom(), where);
        assertEquals(a.getWrapText(), b.getWrapText(), where);
        if (after.getCellComment() == null || !AnnotatedWorkbook.AUTHOR.equals(after.getCellComment().getAuthor())) {
            assertEquals(a.getFillPattern(), b.getFillPattern(), where + " fill of a cell no finding names");
            assertEquals(a.getFillForegroundColor(), b.getFillForegroundColor(), where);
        }
    }

    private static Workbook open(byte[] bytes) throws IOException {
        return WorkbookFactory.create(new ByteArrayInputStream(bytes));
    }
}
