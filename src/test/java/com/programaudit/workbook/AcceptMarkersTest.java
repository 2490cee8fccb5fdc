package com.programaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.audit.Accepted;
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.AuditService;
import com.programaudit.model.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The page's Accept round trip: the marker written into a copy is read back and the finding is accepted. */
class AcceptMarkersTest {
    private final AuditService service = TestRules.service();

    @Test
    void aNotesColumnGetsTheMarkerAndTheReauditAcceptsTheFinding() throws Exception {
        roundTrip(Path.of("src/test/resources/accept/batch/anna.csv"), "anna!K6");
    }

    @Test
    void withoutANotesColumnTheMarkerIsACommentOnTheFindingsCell() throws Exception {
        roundTrip(Path.of("src/test/resources/accept/inline/comment-marker-accepts-its-row.xlsx"), "comment on Week 1!F3");
    }

    private void roundTrip(Path file, String expectedSource) throws Exception {
        byte[] input = Files.readAllBytes(file);
        AuditReport before = service.audit(file).get(0);
        Finding target = before.findings().stream().filter(f -> f.getRule().equals("FAILURE_ON_HEAVY_COMPOUND"))
                .findFirst().orElseThrow();
        AcceptMarkers.Result copy = AcceptMarkers.write(file.getFileName().toString(), input, List.of(new AcceptMarkers.Request(
                target.getRule(), target.getLocation().getSheet(), target.getLocation().getCell(), "meet\nweek")));
        AuditReport after = service.audit("copy." + copy.extension(), copy.bytes()).get(0);
        Accepted accepted = after.suppressed().stream().filter(a -> a.finding().getRule().equals(target.getRule())
                        && a.finding().getLocation().equals(target.getLocation()))
                .findFirst().orElseThrow(() -> new AssertionError("not accepted: " + after.suppressed()));
        assertEquals("meet week", accepted.reason());
        assertEquals(expectedSource, accepted.source().describe());
        assertEquals(before.findings().size() - 1, after.findings().size(), after.findings().toString());
        assertTrue(after.findings().stream().noneMatch(f -> f.getRule().equals("UNREADABLE_VALUE")));
    }
}
