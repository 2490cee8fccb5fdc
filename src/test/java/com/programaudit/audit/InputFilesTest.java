package com.programaudit.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
    @TempDir Path dir;

    /** plan.csv, ./plan.csv, the folder holding it and a link to it: one file, audited once, the first naming kept. */
    @Test
    void aFileNamedSeveralWaysIsAuditedOnce() throws Exception {
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Path plan = Files.writeString(batch.resolve("plan.csv"), "Week,Day,Exercise,Sets,Reps\n");
        List<Path> named = new ArrayList<>(List.of(plan, batch.resolve(".").resolve("plan.csv"), batch,
                batch.resolve("..").resolve("batch").resolve("plan.csv")));
        try {
            named.add(Files.createSymbolicLink(dir.resolve("link.csv"), plan));
        } catch (UnsupportedOperationException | java.io.IOException noLinks) {
            // the other namings still make the point
        }
        List<String> said = new ArrayList<>();
        List<Path> files = InputFiles.expand(named, said::add);
        assertEquals(List.of(plan), files);
        assertEquals(named.size() - 2, said.size(), "the folder finds it under the same name: " + said);
        assertTrue(said.get(0).endsWith(": the same file as " + plan + ", audited once"), said.get(0));
    }

    @Test
    void missingFilesAreKeptOnceForTheirReport() throws Exception {
        Path missing = dir.resolve("gone.xlsx");
        assertEquals(List.of(missing), InputFiles.expand(List.of(missing, dir.resolve(".").resolve("gone.xlsx"))));
    }
}
