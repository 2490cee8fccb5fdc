package com.programaudit.cli;

import com.programaudit.files.AtomicFiles;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file that cannot be written is that input's error, told like an unreadable input: the batch goes
 * on, summary.json lists every input, the exit status is 2. A file is written whole or not at all.
 */
class OutputFailuresTest {
    private static final Path EXAMPLES = Path.of("src/test/resources/examples");

    @Test
    void aWorkbookThatCannotBeWrittenIsThatInputsErrorAndTheBatchGoesOn(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        // a program a workbook cannot hold: one line of 20,001 fields (a sheet has 16,384 columns)
        String dan = Files.readString(EXAMPLES.resolve("dan_full_body.csv"));
        Files.writeString(in.resolve("a_wide.csv"), dan + ",".repeat(20_000) + "\n", StandardCharsets.UTF_8);
        Files.copy(EXAMPLES.resolve("anna_upper_lower.xlsx"), in.resolve("b_anna.xlsx"));
        Path out = dir.resolve("out");

        CliRun run = CliRun.of("audit", in.toString(), "--format", "xlsx", "--out", out.toString(), "--rules", "rules");

        assertEquals(2, run.exit(), "an input that could not be written gives exit 2: " + run.err());
        assertTrue(run.err().contains("a_wide.csv: the annotated workbook of a_wide could not be written: the CSV has 20001 fields"),
                run.err());
        assertTrue(Files.size(out.resolve("b_anna.audit.xlsx")) > 0, "the next input is still written");
        JsonNode programs = new ObjectMapper().readTree(out.resolve("summary.json").toFile()).path("programs");
        assertEquals(2, programs.size());
        assertEquals("unreadable", programs.get(0).path("status").asText());
        assertTrue(programs.get(0).path("error").asText().startsWith("The file was audited, but the annotated workbook"),
                programs.get(0).toString());
        assertEquals("ok", programs.get(1).path("status").asText());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of("b_anna.audit.xlsx", "summary.json"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void aFileIsCreatedWholeOrNotAtAllAndNeverReplacesOneAlreadyThere(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("plan.fixed.xlsx");
        AtomicFiles.create(target, new byte[] {1, 2, 3});
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));

        assertThrows(FileAlreadyExistsException.class, () -> AtomicFiles.create(target, new byte[] {9}));
        assertArrayEquals(new byte[] {1, 2, 3}, Files.readAllBytes(target));

        AtomicFiles.replace(target, new byte[] {4});
        assertArrayEquals(new byte[] {4}, Files.readAllBytes(target));

        Path folderInTheWay = Files.createDirectories(dir.resolve("report.json"));
        Files.writeString(folderInTheWay.resolve("keep.txt"), "x");
        assertThrows(java.io.IOException.class, () -> AtomicFiles.replace(folderInTheWay, new byte[] {5}));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("plan.fixed.xlsx", "report.json"), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "no temporary file is left behind");
        }
    }
}
