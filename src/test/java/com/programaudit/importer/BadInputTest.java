package com.programaudit.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Inputs that cannot be audited give an error report with a clear message, never an exception. */
class BadInputTest {
    static Stream<Arguments> badInputs() {
        byte[] random = new byte[4096];
        new Random(42).nextBytes(random);
        return Stream.of(
                Arguments.of("empty.csv", new byte[0], "empty"),
                Arguments.of("random.bin", random, "not a spreadsheet"),
                Arguments.of("truncated.xlsx", new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0}, "damaged or incomplete"),
                Arguments.of("notes.csv", "Shopping list\nmilk,eggs\nbread,butter\n".getBytes(StandardCharsets.UTF_8),
                        "No program found"),
                Arguments.of("fake.xls", new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1,
                        (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0, 0}, "damaged or incomplete"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void givesAnErrorReport(String name, byte[] bytes, String expectedWords) {
        List<AuditReport> reports = TestRules.service().audit(name, bytes);
        AuditReport report = reports.get(0);
        assertFalse(report.readable(), name + " should be unreadable");
        assertNotNull(report.error().message());
        assertTrue(report.error().message().contains(expectedWords), report.error().message());
        assertFalse(report.error().message().contains("Exception"), report.error().message());
    }

    @ParameterizedTest(name = "unreadable value in {0}")
    @MethodSource("unreadableValues")
    void anUnreadableValueIsAWarningNamingItsCellAndTheRestIsAudited(String rir, String cell) {
        String csv = "Week,Day,Exercise,Sets,Reps,RIR\n1,A,Back Squat,3,5," + rir + "\n1,A,Leg Extension,3,12,0\n";
        AuditReport report = TestRules.service().audit("p.csv", csv.getBytes(StandardCharsets.UTF_8)).get(0);
        assertTrue(report.findings().stream().anyMatch(f -> f.getRule().equals("UNREADABLE_VALUE")
                && f.getLocation().getCell().equals(cell)), report.findings().toString());
        assertTrue(report.findings().stream().anyMatch(f -> f.getRule().equals("FAILURE_ON_EVERY_SET")),
                "the rest of the program is still audited");
    }

    static Stream<Arguments> unreadableValues() {
        return Stream.of(Arguments.of("lots", "F2"), Arguments.of("easy-ish", "F2"));
    }
}
