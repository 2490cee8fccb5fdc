package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not plain spreadsheets of a coach: a named pipe (which would block a reader forever)
 * is never opened, and control characters in cell text are shown, not obeyed, on the terminal.
 */
class SpecialInputsTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");

    /** The timeout only stops a hang (the bug this guards against); it measures nothing. */
    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aPipeNamedOrFoundInAFolderIsSkippedWithALineAndTheGoodFileAfterItIsAudited(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("a_pipe.csv");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Files.copy(EXAMPLES.resolve("dan_full_body.csv"), dir.resolve("b_good.csv"));

        CliRun walked = CliRun.of("audit", dir.toString(), "--format", "json", "--out", dir.resolve("o1").toString(), "--rules", "rules");

        assertTrue(walked.err().contains("a_pipe.csv: not a regular file, skipped"), walked.err());
        JsonNode programs = new ObjectMapper().readTree(dir.resolve("o1/summary.json").toFile()).path("programs");
        assertEquals(1, programs.size());
        assertEquals("b_good.csv", programs.get(0).path("file").asText());

        CliRun named = CliRun.of("audit", fifo.toString(), dir.resolve("b_good.csv").toString(), "--format", "json",
                "--out", dir.resolve("o2").toString(), "--rules", "rules");

        assertEquals(2, named.exit(), "a named input that is not a file counts as unreadable");
        assertTrue(named.err().contains("a_pipe.csv: not a regular file, not opened"), named.err());
        JsonNode both = new ObjectMapper().readTree(dir.resolve("o2/summary.json").toFile()).path("programs");
        assertTrue(both.get(0).path("error").asText().contains("not a regular file"), both.toString());
        assertEquals("ok", both.get(1).path("status").asText());

        CliRun shown = CliRun.of("show", fifo.toString(), "--rules", "rules");
        assertEquals(2, shown.exit());
        assertTrue(shown.err().contains("not a regular file"), shown.err());
    }

    @Test
    void controlCharactersInCellTextReachTheTerminalAsVisibleSymbols(@TempDir Path dir) throws Exception {
        String hostile = "Back Squat\u001b[2J\u001b]0;owned\u0007\u009b31m\u202e";
        String dan = Files.readString(EXAMPLES.resolve("dan_full_body.csv")).replace("Back Squat", "\"" + hostile + "\"");
        Path input = Files.writeString(dir.resolve("dan.csv"), dan, StandardCharsets.UTF_8);

        CliRun text = CliRun.of("audit", input.toString(), "--rules", "rules");
        CliRun shown = CliRun.of("show", input.toString(), "--rules", "rules");

        for (String printed : new String[] {text.out(), shown.out()}) {
            assertTrue(printed.contains("Back Squat\u241b[2J\u241b]0;owned\u2407?31m?"), printed);
            assertFalse(printed.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r'
                    || c >= 0x7f && c <= 0x9f || c == 0x202e), "no control character reaches the terminal");
        }
    }

    private static boolean mkfifo(Path path) {
        try {
            return new ProcessBuilder("mkfifo", path.toString()).inheritIO().start().waitFor() == 0 && Files.exists(path);
        } catch (Exception e) {
            return false;
        }
    }
}
