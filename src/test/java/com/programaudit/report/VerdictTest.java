package com.programaudit.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A clean program says so in its first lines, in every format a coach reads; a program with problems says how many. */
class VerdictTest {
    @ParameterizedTest
    @CsvSource({
            "sample-programs/clean_upper_lower.csv, No problems found: no errors or warnings",
            "src/test/resources/examples/anna_upper_lower.xlsx, errors and"})
    void theFirstLinesSayWhetherAnythingNeedsFixing(String file, String words) {
        AuditReport report = TestRules.service().audit(Path.of(file)).get(0);
        for (ReportFormat format : java.util.List.of(new TextReport(), new MarkdownReport(), new HtmlReport())) {
            String head = String.join("\n", format.render(report).lines().limit(format instanceof HtmlReport ? 400 : 4).toList());
            assertTrue(head.contains(words), format.name() + ": " + head.substring(0, Math.min(400, head.length())));
        }
    }
}
