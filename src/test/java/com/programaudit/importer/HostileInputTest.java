package com.programaudit.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import com.programaudit.report.JsonReport;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken inputs (src/test/resources/hostile/, listed with the words their error must
 * contain in expected.properties): each gives a report, with an error a coach can act on when it
 * cannot be read, in bounded time, and never an exception.
 */
class HostileInputTest {
    static final Duration HANG_GUARD = Duration.ofSeconds(20);
    private static final Properties EXPECTED = new Properties();

    @BeforeAll
    static void loadCorpus() throws Exception {
        TestRules.book(); // compiled here, not inside a test's hang guard (a loaded machine takes 20 s)
        if (Boolean.getBoolean("hostile.update")) HostileCorpus.writeCommitted();
        try (Reader reader = Files.newBufferedReader(HostileCorpus.FOLDER.resolve("expected.properties"))) {
            EXPECTED.load(reader);
        }
    }

    static Stream<Arguments> corpus() throws IOException {
        try (Stream<Path> files = Files.list(HostileCorpus.FOLDER)) {
            return files.filter(p -> !p.getFileName().toString().matches(".*\\.(properties|md)$"))
                    .sorted().map(p -> Arguments.of(p.getFileName().toString(), p)).toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void givesAReportOrAClearError(String name, Path file) {
        String expected = EXPECTED.getProperty(name);
        assertNotNull(expected, name + " needs a line in hostile/expected.properties");
        List<AuditReport> reports = assertTimeoutPreemptively(HANG_GUARD, () -> TestRules.service().audit(file));
        AuditReport report = reports.get(0);
        if (expected.equals("ok")) {
            assertTrue(report.readable(), name + ": " + (report.error() == null ? "" : report.error().message()));
            assertFalse(report.findings().isEmpty(), name + " is an example with findings, read whatever its name says");
            return;
        }
        assertFalse(report.readable(), name + " should be unreadable");
        assertClear(report.error().message(), expected);
    }

    /** Words a coach understands: the expected words, no Java class names, no stack trace. */
    static void assertClear(String message, String expectedWords) {
        for (String words : expectedWords.split("\\|")) {
            assertTrue(message.toLowerCase(Locale.ROOT).contains(words.strip().toLowerCase(Locale.ROOT)),
                    "expected '" + words + "' in: " + message);
        }
        for (String jargon : List.of("Exception", "java.", "org.apache", "\tat ", "null")) {
            assertFalse(message.contains(jargon), "jargon '" + jargon + "' in: " + message);
        }
    }

    @ParameterizedTest(name = "external entity in {0}")
    @MethodSource("xmlEntries")
    void anExternalEntityIsNeverRead(String entry, @TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "MARKER-7f3a-do-not-read");
        byte[] xlsx = HostileCorpus.externalEntity(secret, entry);
        List<AuditReport> reports = assertTimeoutPreemptively(HANG_GUARD,
                () -> TestRules.service().audit("xxe.xlsx", xlsx));
        for (AuditReport report : reports) {
            assertFalse(new JsonReport().render(report).contains("MARKER-7f3a"), "the external file was read");
        }
        assertFalse(reports.get(0).readable());
        assertClear(reports.get(0).error().message(), "document type declaration");
    }

    static Stream<String> xmlEntries() {
        return Stream.of("xl/worksheets/sheet1.xml", "[Content_Types].xml", "xl/sharedStrings.xml");
    }

    /** The default limits fit what streaming reads in a 1 GiB heap; the refusals are tested with small ones. */
    private static ImportLimits limits(int rows, long cells, long unpackedBytes) {
        return new ImportLimits(ImportLimits.DEFAULT.maxFileBytes(), rows, cells, ImportLimits.DEFAULT.maxSheets(),
                unpackedBytes);
    }

    private static ImportException refusal(ImportLimits limits, String name, byte[] bytes) {
        return assertThrows(ImportException.class, () -> assertTimeoutPreemptively(HANG_GUARD,
                () -> new ProgramImporter(TestRules.book().catalog(), limits, List.of()).read(name, bytes)));
    }

    @Test
    void aSheetWithMoreRowsThanTheLimitNamesTheLimitAndTheSize() throws Exception {
        ImportLimits small = limits(1_000, ImportLimits.DEFAULT.maxCells(), ImportLimits.DEFAULT.maxUnpackedBytes());
        ImportException e = refusal(small, "huge.xlsx", HostileCorpus.hugeXlsx(1_005));
        assertClear(e.getMessage(), "1,000|1,005");
        assertEquals("Program", e.getSheet());
    }

    @Test
    void aWorkbookWithMoreCellsThanTheLimitIsRefusedWhileReadingNamingTheLimit() throws Exception {
        ImportLimits small = limits(ImportLimits.DEFAULT.maxRowsPerSheet(), 2_000, ImportLimits.DEFAULT.maxUnpackedBytes());
        ImportException e = refusal(small, "wide.xlsx", HostileCorpus.hugeXlsx(1_000)); // 5,000 cells
        assertClear(e.getMessage(), "more than 2,000 cells");
        assertEquals("Program", e.getSheet());
        assertEquals("A401", e.getCell());
    }

    @Test
    void theDefaultLimitsReadAsManyRowsAsExcelHolds() {
        assertEquals(1_048_576, ImportLimits.DEFAULT.maxRowsPerSheet());
    }

    @Test
    void aWorkbookThatUnpacksToMoreThanTheLimitIsRefusedBeforeItIsParsed() throws Exception {
        ImportLimits small = limits(ImportLimits.DEFAULT.maxRowsPerSheet(), ImportLimits.DEFAULT.maxCells(), 2L * 1024 * 1024);
        ImportException e = refusal(small, "big.xlsx", HostileCorpus.hugeXlsx(40_000)); // about 4 MiB of sheet XML
        assertClear(e.getMessage(), "more than 2 MiB|sheet 1|split it");
    }

    @Test
    void aCsvWithMoreRowsThanTheLimitNamesTheLimit() {
        ImportLimits small = limits(1_000, ImportLimits.DEFAULT.maxCells(), ImportLimits.DEFAULT.maxUnpackedBytes());
        ImportException e = refusal(small, "huge.csv", HostileCorpus.hugeCsv(1_005, 5));
        assertClear(e.getMessage(), "1,000|1,005");
    }

    @Test
    void aCsvWithMoreCellsThanTheLimitNamesTheLimit() {
        long cells = ImportLimits.DEFAULT.maxCells();
        int columns = 100;
        int rows = (int) (cells / columns) + 10;
        byte[] csv = HostileCorpus.hugeCsv(rows, columns);
        AuditReport report = assertTimeoutPreemptively(HANG_GUARD,
                () -> TestRules.service().audit("wide.csv", csv)).get(0);
        assertFalse(report.readable());
        assertClear(report.error().message(), String.format(Locale.ROOT, "%,d", cells));
    }
}
