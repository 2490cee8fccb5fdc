package com.programaudit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.AuditService;
import com.programaudit.importer.Mutator;
import com.programaudit.report.ReportFormat;
import com.programaudit.report.ReportFormats;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutants of the examples and coach-layout files pushed through every output of `audit`: --fix, the
 * annotated workbook and each report format, as {@link BatchOutput} writes them. A file may fail to be
 * written (that is its own error, told like an unreadable input), but no exception may escape, and
 * every workbook written must open again. Run longer with {@code -Dfuzz.writer.tries=10000
 * -Dfuzz.writer.seed=N}; failures are saved to target/writer-fuzz-failures/.
 */
class WriterFuzzTest {
    private static final int TRIES = Integer.getInteger("fuzz.writer.tries", 300);
    private static final long SEED = Long.getLong("fuzz.writer.seed", 20260601L);

    /** One way `audit` writes: a format (null for annotated workbooks), --fix or not, into --out or stdout. */
    private record Output(String format, boolean fix, boolean toFolder) { }

    private static final List<Output> OUTPUTS = List.of(new Output(null, true, true), new Output("json", true, true),
            new Output("html", false, true), new Output("md", false, true), new Output("text", false, false));

    @Test
    void mutantsAreWrittenOrGetAClearErrorOfTheirOwnNeverAnEscapingException(@TempDir Path dir) throws Exception {
        Map<String, byte[]> seeds = seeds();
        List<String> names = new ArrayList<>(seeds.keySet());
        Mutator mutator = new Mutator(SEED);
        AuditService service = TestRules.service();
        List<String> failures = new ArrayList<>();
        Map<String, Integer> fileErrors = new TreeMap<>();
        int audited = 0;
        for (int i = 0; i < TRIES && failures.size() < 5; i++) {
            String name = names.get(i % names.size());
            byte[] mutant;
            try {
                mutant = mutator.mutate(seeds.get(name));
            } catch (Exception e) {
                continue; // POI could not write this cell mutation: nothing to test
            }
            Path input = Files.createDirectories(dir.resolve("in" + i)).resolve(name);
            Files.write(input, mutant);
            List<AuditReport> reports = service.audit(input);
            if (reports.stream().anyMatch(AuditReport::readable)) audited++;
            for (int k = 0; k < OUTPUTS.size(); k++) {
                Output output = OUTPUTS.get(k);
                String problem = problem(input, reports, output, dir.resolve("out" + i).resolve("" + k), fileErrors);
                if (problem != null) {
                    Path saved = Path.of("target/writer-fuzz-failures").resolve("try" + i + "_" + name);
                    Files.createDirectories(saved.getParent());
                    Files.write(saved, mutant);
                    failures.add("try " + i + " (" + mutator.lastKind() + " of " + name + ", " + output + "): " + problem
                            + " → " + saved);
                }
            }
            delete(dir.resolve("in" + i));
            delete(dir.resolve("out" + i));
        }
        System.out.printf("writer fuzz: seed %d, %d tries, %d read as programs, %d files that could not be written %s, "
                + "%d escaping exceptions or unopenable workbooks%n", SEED, TRIES, audited,
                fileErrors.values().stream().mapToInt(Integer::intValue).sum(), fileErrors, failures.size());
        assertTrue(failures.isEmpty(), "seed " + SEED + ":\n" + String.join("\n", failures));
        assertTrue(audited > TRIES / 10, "the mutants must often still be programs: " + audited);
    }

    /** Null when the output went as it should; else what escaped or what was written broken. */
    private static String problem(Path input, List<AuditReport> reports, Output output, Path out,
                                  Map<String, Integer> fileErrors) {
        ReportFormat renderer = output.format() == null ? null : ReportFormats.byName(output.format()).orElseThrow();
        StringWriter stdout = new StringWriter();
        StringWriter err = new StringWriter();
        try {
            BatchOutput batch = new BatchOutput(renderer, output.toFolder() ? out : null, output.fix(), List.of(input),
                    new PrintWriter(stdout), new PrintWriter(err));
            batch.accept(input, reports);
            int lines = batch.finish().size();
            for (String line : err.toString().split("\n")) {
                if (line.contains("could not be written")) {
                    fileErrors.merge(line.replaceAll(".*could not be written: ", "").replaceAll("[0-9]+", "N"), 1, Integer::sum);
                }
            }
            if (output.toFolder()) {
                var summary = new ObjectMapper().readTree(Files.readString(out.resolve("summary.json")));
                if (summary.path("programs").size() != lines) return "summary.json lists " + summary.path("programs").size() + " of " + lines;
            }
            if (!output.fix() && !output.toFolder()) return null;
            for (Path written : workbooks(output.toFolder() ? out : input.getParent())) {
                try (Workbook reopened = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(written)))) {
                    reopened.getNumberOfSheets();
                } catch (Exception e) {
                    return written.getFileName() + " was written but does not open: " + e;
                }
            }
            return null;
        } catch (Throwable t) {
            StackTraceElement[] at = t.getStackTrace();
            return "escaped: " + t + (at.length > 0 ? " at " + at[0] : "");
        }
    }

    private static List<Path> workbooks(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches(".*\\.(fixed|audit)(-[0-9]+)?\\.(xlsx|xlsm|xls)")).toList();
        }
    }

    private static void delete(Path folder) throws Exception {
        if (!Files.exists(folder)) return;
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static Map<String, byte[]> seeds() throws Exception {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        for (Path folder : List.of(Path.of("src/test/resources/examples"), Path.of("src/test/resources/coach-layouts"))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(p -> p.toString().matches(".*\\.(xlsx|xls|csv)$")).sorted().toList()) {
                    seeds.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            }
        }
        assertEquals(true, seeds.size() >= 20, "examples and coach layouts are the seeds: " + seeds.keySet());
        return seeds;
    }
}
