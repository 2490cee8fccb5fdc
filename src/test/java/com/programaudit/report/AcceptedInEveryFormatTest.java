package com.programaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;

/** An accepted finding is out of the counts but listed, with its reason and where it was accepted, in every format. */
class AcceptedInEveryFormatTest {
    private static final Path CASE = Path.of("src/test/resources/accept/inline/comment-marker-accepts-its-row.xlsx");
    private static final String REASON = "peaking block, approved by the head coach";

    @Test
    void everyFormatListsTheAcceptedWithItsReason() throws Exception {
        AuditReport report = TestRules.service().audit(CASE).get(0);
        assertEquals(3, report.suppressed().size());
        assertEquals(2, report.count(com.programaudit.model.Severity.ERROR)); // only Bench Press's two
        for (String name : ReportFormats.names()) {
            ReportFormat format = ReportFormats.byName(name).orElseThrow();
            String text = format.render(report);
            assertTrue(text.contains(REASON), format.name() + " lacks the reason");
            assertTrue(text.contains("B2"), format.name() + " lacks the marker's cell");
        }
        AnnotatedWorkbook.Result copy = AnnotatedWorkbook.write(report, Files.readAllBytes(CASE));
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(copy.bytes()))) {
            Sheet audit = workbook.getSheet("Audit");
            StringBuilder all = new StringBuilder();
            DataFormatter cells = new DataFormatter();
            for (Row row : audit) row.forEach(c -> all.append(cells.formatCellValue(c)).append('|'));
            assertTrue(all.toString().contains("Accepted findings"), all.toString());
            assertTrue(all.toString().contains("comment on Week 1!B2: " + REASON), all.toString());
        }
    }
}
