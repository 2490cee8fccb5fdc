package com.programaudit.workbook;

import com.programaudit.TestRules;
import com.programaudit.audit.AuditReport;
import com.programaudit.fix.FixWriter;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.report.AnnotatedWorkbook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Every workbook the tool writes for the project's own test workbooks: the annotated copy of each program
 * and the fixed copy of each file, for every .xls/.xlsx under the test resources, the rule cases and a few
 * CSVs (whose annotated copy is a new .xlsx), and every .xls once more without its COUNTRY record.
 * Written once for the test run.
 */
final class WrittenCopies {
    /** One written workbook; {@code findings} for an annotated copy, {@code edits} for a fixed one. */
    record Copy(String label, String extension, byte[] bytes, boolean annotated, boolean inputHasCountry,
                List<Finding> findings, List<EditResult> edits) {
        @Override public String toString() { return label; }
    }

    record Input(String label, String fileName, byte[] bytes, boolean hasCountry) { }

    private static final Path[] FOLDERS = {TestRules.RESOURCES.resolve("examples"), TestRules.RESOURCES.resolve("formats"),
            TestRules.RESOURCES.resolve("coach-layouts"), TestRules.RESOURCES.resolve("real-habits"),
            TestRules.RESOURCES.resolve("programs"), TestRules.RULES.resolve("tests")};
    /** CSVs, whose annotated copy is an .xlsx made from scratch. */
    private static final Path[] CSVS = {TestRules.RESOURCES.resolve("examples/dan_full_body.csv"),
            Path.of("sample-programs/maria_push_pull_legs.csv")};

    private static List<Copy> copies;

    private WrittenCopies() { }

    static synchronized List<Copy> all() {
        if (copies == null) {
            try {
                copies = write(inputs());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return copies;
    }

    static List<Input> inputs() throws IOException {
        List<Input> inputs = new ArrayList<>();
        for (Path folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path file : walk.filter(WrittenCopies::isWorkbook).sorted().toList()) {
                    String name = file.getFileName().toString();
                    byte[] bytes = Files.readAllBytes(file);
                    boolean xls = name.toLowerCase(Locale.ROOT).endsWith(".xls");
                    inputs.add(new Input(file.toString(), name, bytes, !xls || WithoutCountry.hasCountry(bytes)));
                    if (xls) {
                        WithoutCountry.of(bytes).ifPresent(stripped ->
                                inputs.add(new Input(file + " without COUNTRY", name, stripped, false)));
                    }
                }
            }
        }
        for (Path csv : CSVS) inputs.add(new Input(csv.toString(), csv.getFileName().toString(), Files.readAllBytes(csv), true));
        return inputs;
    }

    private static boolean isWorkbook(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".xls") || name.endsWith(".xlsx") || name.endsWith(".xlsm");
    }

    private static List<Copy> write(List<Input> inputs) throws IOException {
        List<Copy> written = new ArrayList<>();
        for (Input input : inputs) {
            List<AuditReport> reports = TestRules.service().audit(input.fileName(), input.bytes());
            List<Finding> findings = new ArrayList<>();
            for (AuditReport report : reports) {
                if (!report.readable()) throw new AssertionError(input.label() + " is not readable: " + report.error());
                findings.addAll(report.findings());
                AnnotatedWorkbook.Result annotated = AnnotatedWorkbook.write(report, input.bytes());
                written.add(new Copy(input.label() + " annotated" + (reports.size() > 1 ? " (" + report.name() + ")" : ""),
                        annotated.extension(), annotated.bytes(), true, input.hasCountry(),
                        // weekly volume is a table below the list, not a row each
                        com.programaudit.report.VolumeTable.listed(report.findings()), List.of()));
            }
            FixWriter.Result fixed = FixWriter.write(input.fileName(), input.bytes(), findings);
            if (!fixed.extension().equals("csv")) {
                written.add(new Copy(input.label() + " fixed", fixed.extension(), fixed.bytes(), false, input.hasCountry(),
                        List.of(), fixed.edits()));
            }
        }
        return written;
    }
}
