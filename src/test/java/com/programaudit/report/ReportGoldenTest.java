package com.programaudit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each format's output for a fixed program equals its stored golden file. After an intended change,
 * regenerate with {@code mvn test -Dgolden.update=true} and review the diff.
 */
class ReportGoldenTest {
    private static final Path GOLDEN = TestRules.RESOURCES.resolve("golden");

    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "html", "md"})
    void formatMatchesGoldenFile(String format) throws IOException {
        ReportFormat renderer = ReportFormats.byName(format).orElseThrow();
        AuditReport report = TestRules.service().audit(TestRules.RESOURCES.resolve("examples/anna_upper_lower.xlsx")).get(0);
        String actual = renderer.render(report);
        Path golden = GOLDEN.resolve("anna_upper_lower." + renderer.extension());
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
        // the bytes a report file gets are the golden file's too
        org.junit.jupiter.api.Assertions.assertArrayEquals(Files.readAllBytes(golden), renderer.bytes(report));
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "html", "md"})
    void unreadableInputMatchesGoldenFile(String format) throws IOException {
        ReportFormat renderer = ReportFormats.byName(format).orElseThrow();
        AuditReport report = TestRules.service().audit("not-a-sheet.csv", new byte[] {0, 1, 2, 3, 0, 0}).get(0);
        String actual = renderer.render(report);
        Path golden = GOLDEN.resolve("unreadable." + renderer.extension());
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
    }

    /** A coach's emoji (outside the BMP) is written as the character itself in a report file, as when printed. */
    @ParameterizedTest
    @ValueSource(strings = {"json", "text", "html", "md"})
    void aReportFilesBytesAreItsPrintedTextInUtf8(String format) {
        ReportFormat renderer = ReportFormats.byName(format).orElseThrow();
        AuditReport report = AuditReport.unreadable("Evening workout \uD83C\uDFCB\uFE0F.xlsx", "Evening workout",
                new AuditReport.ReadError("Sheet 'Día 1 \uD83D\uDCAA' has no exercise column", "Día 1 \uD83D\uDCAA", "B2"));
        String printed = renderer.render(report);
        org.junit.jupiter.api.Assertions.assertTrue(printed.contains("\uD83D\uDCAA"), printed);
        org.junit.jupiter.api.Assertions.assertArrayEquals(printed.getBytes(StandardCharsets.UTF_8), renderer.bytes(report));
    }

    /** {@code show FILE --format json}: the reading, week by week and set by set with its cells, as stored. */
    @org.junit.jupiter.api.Test
    void theReadingAsJsonMatchesItsGoldenFile() throws IOException {
        var reading = TestRules.service().read(TestRules.RESOURCES.resolve("programs/drop_sets.csv"));
        String actual = ReadingJson.render(reading.programs());
        Path golden = GOLDEN.resolve("drop_sets.show.json");
        if (Boolean.getBoolean("golden.update")) Files.writeString(golden, actual, StandardCharsets.UTF_8);
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual);
        String error = ReadingJson.error("plan.xlsx", new AuditReport.ReadError("The workbook is password-protected.", null, null));
        Path unreadable = GOLDEN.resolve("unreadable.show.json");
        if (Boolean.getBoolean("golden.update")) Files.writeString(unreadable, error, StandardCharsets.UTF_8);
        assertEquals(Files.readString(unreadable, StandardCharsets.UTF_8), error);
    }
}
