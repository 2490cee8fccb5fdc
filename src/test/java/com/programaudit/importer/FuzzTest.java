package com.programaudit.importer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.TestRules;
import com.programaudit.engine.Auditor;
import com.programaudit.model.ProgramFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutates the valid example workbooks and sample programs thousands of times: every mutant must give
 * programs or an ImportException — never another exception, never a hang. Run longer with
 * {@code -Dfuzz.tries=20000 -Dfuzz.seed=N}. Crashing inputs are shrunk and written to
 * target/fuzz-failures/ so they can join the hostile corpus.
 */
class FuzzTest {
    private static final int TRIES = Integer.getInteger("fuzz.tries", 3000);
    private static final long SEED = Long.getLong("fuzz.seed", 20261123L);
    private static final long TIMEOUT_SECONDS = 15;
    private static final boolean AUDIT = Boolean.parseBoolean(System.getProperty("fuzz.audit", "true"));

    private final ProgramImporter importer = new ProgramImporter(TestRules.book().catalog());
    private final Auditor auditor = new Auditor(TestRules.book());
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "fuzz");
        t.setDaemon(true);
        return t;
    });

    @Test
    void mutatedSpreadsheetsGiveAReportOrAClearErrorNeverACrashOrAHang() throws Exception {
        Map<String, byte[]> seeds = seeds();
        Mutator mutator = new Mutator(SEED);
        List<String> failures = new ArrayList<>();
        List<String> names = new ArrayList<>(seeds.keySet());
        long start = System.nanoTime();
        int read = 0;
        int refused = 0;
        Map<String, Long> nanosByKind = new java.util.TreeMap<>();
        for (int i = 0; i < TRIES && failures.size() < 5; i++) {
            String name = names.get(i % names.size());
            byte[] mutant;
            try {
                mutant = mutator.mutate(seeds.get(name));
            } catch (Exception e) {
                continue; // POI could not write this cell mutation: nothing to test
            }
            long t0 = System.nanoTime();
            String problem = problem(name, mutant);
            nanosByKind.merge(mutator.lastKind().replaceAll("zip entry .*", "zip entry"), System.nanoTime() - t0, Long::sum);
            if (problem == null) {
                read++;
                continue;
            }
            if (problem.equals(REFUSED)) {
                refused++;
                continue;
            }
            byte[] small = mutator.lastKind().startsWith("cell") ? mutant : shrink(name, mutant, problem);
            Path saved = Path.of("target/fuzz-failures").resolve("try" + i + "_" + name);
            Files.createDirectories(saved.getParent());
            Files.write(saved, small);
            failures.add("try " + i + " (" + mutator.lastKind() + " of " + name + "): " + problem + " → " + saved);
        }
        System.out.printf("fuzz: %d tries, %d read as programs, %d refused with a message, %.1f s; audit time by mutation %s%n",
                TRIES, read, refused, (System.nanoTime() - start) / 1e9, nanosByKind.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue() / 1_000_000 + "ms").toList());
        worker.shutdownNow();
        assertTrue(failures.isEmpty(), String.join("\n", failures));
        // a mutator that only ever broke files (or never did) would test one path only
        assertTrue(read > TRIES / 10 && refused > TRIES / 10, read + " read, " + refused + " refused");
    }

    private static final String REFUSED = "refused";

    /** Null when the input is read, REFUSED for a clear ImportException; else what went wrong. */
    private String problem(String name, byte[] bytes) throws InterruptedException {
        Future<String> outcome = worker.submit(() -> {
            try {
                List<ProgramFacts> programs = importer.read(name, bytes);
                if (AUDIT) for (ProgramFacts facts : programs) auditor.audit(facts);
                return null;
            } catch (ImportException e) {
                return e.getMessage() == null || e.getMessage().isBlank() ? "an import error without a message" : REFUSED;
            } catch (Throwable t) {
                StackTraceElement[] at = t.getStackTrace();
                return t + (at.length > 0 ? " at " + at[0] : "");
            }
        });
        try {
            return outcome.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            outcome.cancel(true);
            return "no answer within " + TIMEOUT_SECONDS + " s";
        } catch (java.util.concurrent.ExecutionException e) {
            return String.valueOf(e.getCause());
        }
    }

    /** Greedy shrinking: drop chunks (halves, quarters …) while the same kind of failure remains. */
    private byte[] shrink(String name, byte[] bytes, String problem) throws InterruptedException {
        String kind = problem.split("[: ]", 2)[0];
        byte[] best = bytes;
        for (int chunk = best.length / 2; chunk >= 1 && best.length > 1; chunk /= 2) {
            for (int at = 0; at + chunk <= best.length; ) {
                byte[] candidate = new byte[best.length - chunk];
                System.arraycopy(best, 0, candidate, 0, at);
                System.arraycopy(best, at + chunk, candidate, at, best.length - at - chunk);
                String again = problem(name, candidate);
                if (again != null && !again.equals(REFUSED) && again.startsWith(kind)) best = candidate;
                else at += chunk;
            }
            if (best.length < 64) break;
        }
        return best;
    }

    private static Map<String, byte[]> seeds() throws Exception {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (Path folder : List.of(Path.of("src/test/resources/examples"), Path.of("sample-programs"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().matches(".*\\.(xlsx|xls|csv)$")).sorted().toList()) {
                    seeds.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        assertTrue(seeds.size() >= 9, "the examples and sample programs are the seeds: " + Arrays.toString(seeds.keySet().toArray()));
        return seeds;
    }
}
