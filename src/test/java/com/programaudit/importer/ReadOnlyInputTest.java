package com.programaudit.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Auditing never writes to the coach's file (POI's default File open would rewrite it on close). */
class ReadOnlyInputTest {
    @ParameterizedTest
    @ValueSource(strings = {"anna_upper_lower.xlsx", "eva_clean.xls", "dan_full_body.csv"})
    void auditedFileKeepsItsBytesAndTimestamp(String name, @TempDir Path dir) throws Exception {
        Path file = dir.resolve(name);
        Files.copy(TestRules.RESOURCES.resolve("examples").resolve(name), file);
        byte[] before = Files.readAllBytes(file);
        FileTime modified = Files.getLastModifiedTime(file);

        List<AuditReport> reports = TestRules.service().audit(file);

        assertTrue(reports.get(0).readable(), "example should be readable");
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(modified, Files.getLastModifiedTime(file));
        try (var listing = Files.list(dir)) {
            assertEquals(1, listing.count(), "no file was added beside the input");
        }
    }
}
