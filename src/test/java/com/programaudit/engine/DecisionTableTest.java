package com.programaudit.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditService;
import com.programaudit.model.Finding;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The techniques-by-block decision table, edited in a copy of rules/ as a coach edits it in Excel. */
class DecisionTableTest {
    private static final String TABLE = "techniques/techniques_by_block.drl.xlsx";
    private static final Path POWER_DROP_SET = TestRules.RULES.resolve(
            "tests/DROP_SET_IN_POWER_BLOCK/fires-strength-block-drop-set.csv");
    private static final int DROP_SET_ROW = 10; // 0-based row of DROP_SET_IN_POWER_BLOCK
    private static final int SEVERITY_COLUMN = 3;
    private static final int BLOCK_TYPE_COLUMN = 7;

    @TempDir Path rules;

    @Test
    void theTableDefinesItsRulesWithMetadata() {
        RuleInfo rule = TestRules.book().rules().stream().filter(r -> r.id().equals("DROP_SET_IN_POWER_BLOCK"))
                .findFirst().orElseThrow();
        assertEquals(TABLE, rule.file());
        assertEquals(DROP_SET_ROW + 1, rule.line(), "a table rule is located by its spreadsheet row");
        assertEquals(List.of("blocks"), rule.sources());
    }

    @Test
    void changingASeverityCellChangesTheFindings() throws Exception {
        TestRules.copyRulesTo(rules);
        assertEquals("warning", dropSetFindings().get(0).getSeverity().label());
        editTable(sheet -> sheet.getRow(DROP_SET_ROW).getCell(SEVERITY_COLUMN).setCellValue("error"));
        assertEquals("error", dropSetFindings().get(0).getSeverity().label());
    }

    @Test
    void pointingARowAtAnotherBlockTypeMovesTheRule() throws Exception {
        TestRules.copyRulesTo(rules);
        editTable(sheet -> sheet.getRow(DROP_SET_ROW).getCell(BLOCK_TYPE_COLUMN).setCellValue("METABOLIC"));
        assertTrue(dropSetFindings().isEmpty(), "no metabolic block here, so nothing is ruled out");
    }

    @Test
    void aBrokenTableIsReportedWithFileAndRow() throws Exception {
        TestRules.copyRulesTo(rules);
        editTable(sheet -> sheet.getRow(6).createCell(2).setCellValue("id($param)"));
        RuleLoadException e = assertThrows(RuleLoadException.class, () -> RuleBook.load(rules));
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith(TABLE + ":7: ") && p.contains("C7")),
                e.problems().toString());
    }

    private List<Finding> dropSetFindings() throws Exception {
        AuditService service = new AuditService(RuleBook.load(rules));
        return service.audit(POWER_DROP_SET).get(0).findings().stream()
                .filter(f -> f.getRule().equals("DROP_SET_IN_POWER_BLOCK")).toList();
    }

    private void editTable(Consumer<Sheet> edit) throws Exception {
        Path file = rules.resolve(TABLE);
        Workbook workbook;
        try (InputStream in = Files.newInputStream(file)) {
            workbook = WorkbookFactory.create(in);
        }
        try (workbook; OutputStream out = Files.newOutputStream(file)) {
            edit.accept(workbook.getSheetAt(0));
            workbook.write(out);
        }
    }
}
