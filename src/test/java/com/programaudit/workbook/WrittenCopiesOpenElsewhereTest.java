package com.programaudit.workbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.programaudit.model.EditResult;
import com.programaudit.workbook.OtherReaders.SheetText;
import com.programaudit.workbook.WrittenCopies.Copy;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every annotated and fixed workbook the tool writes opens in readers other than the POI that wrote it:
 * JExcelAPI (.xls) or fastexcel-reader (.xlsx), and LibreOffice. POI reads back what it wrote even when
 * LibreOffice and xlrd refuse it (an .xls without COUNTRY got records ahead of its BOF), so only an
 * outside reader can tell.
 */
class WrittenCopiesOpenElsewhereTest {

    @TestFactory
    Stream<DynamicTest> everyCopyOpensInAReaderThatIsNotPoi() {
        return WrittenCopies.all().stream().map(copy -> DynamicTest.dynamicTest(copy.label(), () -> {
            List<SheetText> sheets;
            try {
                sheets = OtherReaders.read(copy.extension(), copy.bytes());
            } catch (IOException e) {
                throw new AssertionError(copy + " does not open: " + e.getMessage(), e);
            }
            assertEquals(sheetNames(copy), sheets.stream().map(SheetText::name).toList(), copy + ": sheets");
            if (copy.annotated()) auditSheetListsEveryFinding(copy, sheets.get(sheets.size() - 1));
            else everyAppliedEditIsInItsCell(copy, sheets);
        }));
    }

    private static void auditSheetListsEveryFinding(Copy copy, SheetText audit) {
        assertEquals("Severity", audit.cells().get("A1"), copy + ": the Audit sheet's header");
        // the list runs down from the header to the first empty row (the volume table follows it)
        long rows = 0;
        while (audit.cells().containsKey("A" + (rows + 1))) rows++;
        assertEquals(copy.findings().size() + 1, rows, copy + ": one row per finding under the header");
    }

    private static void everyAppliedEditIsInItsCell(Copy copy, List<SheetText> sheets) {
        Map<String, String> expected = new LinkedHashMap<>();
        for (EditResult e : copy.edits()) {
            if (e.applied()) expected.put(e.edit().sheet() + "!" + e.edit().cell().toUpperCase(java.util.Locale.ROOT), e.edit().to());
        }
        expected.forEach((place, value) -> {
            String sheet = place.substring(0, place.lastIndexOf('!'));
            String cell = place.substring(place.lastIndexOf('!') + 1);
            String actual = sheets.stream().filter(s -> s.name().equals(sheet)).findFirst()
                    .map(s -> s.cells().getOrDefault(cell, "")).orElse("(no sheet)");
            assertTrue(sameValue(value, actual), copy + ": " + place + " reads '" + actual + "', the edit wrote '" + value + "'");
        });
    }

    /** The readers show a number as its cell format or as stored: 8, 8.0 and 8 are one value. */
    private static boolean sameValue(String written, String read) {
        if (written.equals(read)) return true;
        if (!CellValues.isNumber(written)) return false;
        try {
            return new BigDecimal(written).compareTo(new BigDecimal(read)) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    @Test
    void everyCopyOpensInLibreOffice(@TempDir Path dir) throws Exception {
        List<Copy> copies = WrittenCopies.all();
        // token 12 = -1: every sheet to its own <file>-<sheet>.csv, not only the first
        Path out = libreOffice(dir, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", copies);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            Copy copy = copies.get(i);
            List<String> names = sheetNames(copy);
            List<Path> csvs;
            try (Stream<Path> list = Files.list(out)) {
                String start = prefix(i) + "-";
                csvs = list.filter(p -> p.getFileName().toString().startsWith(start)).toList();
            }
            if (csvs.size() != names.size()) {
                problems.add(copy + ": LibreOffice wrote " + csvs.size() + " sheets of " + names.size());
            } else if (copy.annotated()) {
                Path audit = out.resolve(prefix(i) + "-" + names.get(names.size() - 1) + ".csv");
                if (!Files.exists(audit) || !Files.readString(audit, StandardCharsets.UTF_8).startsWith("Severity,Rule,")) {
                    problems.add(copy + ": LibreOffice does not show the Audit sheet's header");
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** The Audit sheet's filter over its rows survives in LibreOffice (an .xls's filter name once pointed nowhere). */
    @Test
    void theAuditSheetsFilterOpensInLibreOffice(@TempDir Path dir) throws Exception {
        List<Copy> annotated = WrittenCopies.all().stream().filter(c -> c.annotated() && !c.findings().isEmpty()).toList();
        Path out = libreOffice(dir, "xlsx", annotated);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < annotated.size(); i++) {
            String filter = "<autoFilter ref=\"A1:N" + (annotated.get(i).findings().size() + 1) + "\"";
            Path xlsx = out.resolve(prefix(i) + ".xlsx");
            if (!Files.exists(xlsx) || !worksheetsOf(xlsx).contains(filter)) {
                problems.add(annotated.get(i) + ": LibreOffice has no " + filter + ">");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    /** Converts the copies in one LibreOffice run; skips the test when there is no soffice. @return the output folder */
    private static Path libreOffice(Path dir, String convertTo, List<Copy> copies) throws Exception {
        Path soffice = onPath("soffice");
        assumeTrue(soffice != null, "LibreOffice (soffice) is not installed; .ci/run installs it");
        Path in = Files.createDirectories(dir.resolve("in"));
        Path out = Files.createDirectories(dir.resolve("out"));
        List<String> command = new ArrayList<>(List.of(soffice.toString(),
                // a profile of its own: a LibreOffice already running for the user would take the job and drop it
                "-env:UserInstallation=" + dir.resolve("profile").toUri(), "--headless",
                "--convert-to", convertTo, "--outdir", out.toString()));
        for (int i = 0; i < copies.size(); i++) {
            Path file = in.resolve(prefix(i) + "." + copies.get(i).extension());
            Files.write(file, copies.get(i).bytes());
            command.add(file.toString());
        }
        Path log = dir.resolve("soffice.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(15, TimeUnit.MINUTES), "soffice still converting after 15 minutes");
        assertEquals(0, process.exitValue(), "soffice failed:\n" + Files.readString(log, StandardCharsets.UTF_8));
        return out;
    }

    private static String worksheetsOf(Path xlsx) throws IOException {
        StringBuilder xml = new StringBuilder();
        try (ZipFile zip = new ZipFile(xlsx.toFile())) {
            for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
                if (entry.getName().startsWith("xl/worksheets/sheet")) {
                    xml.append(new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return xml.toString();
    }

    /**
     * Python's readers, as many coaches' scripts open workbooks: xlrd for .xls (it failed with "Expected BOF
     * record" before the record-order fix) and openpyxl for .xlsx. Debian's python3 with python3-xlrd and
     * python3-openpyxl (.ci/run installs them); skipped when they are missing.
     */
    @Test
    void everyCopyOpensInXlrdAndOpenpyxl(@TempDir Path dir) throws Exception {
        Path python = Path.of("/usr/bin/python3");
        assumeTrue(Files.isExecutable(python), "no /usr/bin/python3");
        Process probe = new ProcessBuilder(python.toString(), "-c", "import xlrd, openpyxl").redirectErrorStream(true).start();
        assumeTrue(probe.waitFor(60, TimeUnit.SECONDS) && probe.exitValue() == 0, "python3-xlrd/python3-openpyxl not installed; .ci/run installs them");
        List<Copy> copies = WrittenCopies.all();
        List<String> command = new ArrayList<>(List.of(python.toString(), "-c", String.join("\n",
                "import sys, xlrd, openpyxl",
                "for path in sys.argv[1:]:",
                "    try:",
                "        if path.endswith('.xls'):",
                "            book = xlrd.open_workbook(path, on_demand=False)",
                "            names = book.sheet_names(); [book.sheet_by_index(i).nrows for i in range(book.nsheets)]",
                "        else:",
                "            book = openpyxl.load_workbook(path, read_only=True)",
                "            names = book.sheetnames; [sum(1 for _ in book[n].iter_rows()) for n in names]",
                "        print('OK', path, len(names))",
                "    except Exception as e:",
                "        print('FAIL', path, type(e).__name__, e)")));
        for (int i = 0; i < copies.size(); i++) {
            Path file = dir.resolve(prefix(i) + "." + copies.get(i).extension());
            Files.write(file, copies.get(i).bytes());
            command.add(file.toString());
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(10, TimeUnit.MINUTES), "python still reading after 10 minutes");
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < copies.size(); i++) {
            String expected = "OK " + dir.resolve(prefix(i) + "." + copies.get(i).extension()) + " " + sheetNames(copies.get(i)).size();
            if (!output.contains(expected)) problems.add(copies.get(i) + ": " + expected);
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems) + "\n" + output);
    }

    /** The case that broke: an .xls without COUNTRY given comments (annotated) and a recalculation (fixed). */
    @Test
    void theCopiesIncludeXlsWithoutCountryWithCommentsAndAppliedEdits() {
        List<Copy> withoutCountry = WrittenCopies.all().stream()
                .filter(c -> c.extension().equals("xls") && !c.inputHasCountry()).toList();
        assertTrue(withoutCountry.stream().anyMatch(c -> c.annotated() && c.findings().stream()
                .anyMatch(f -> f.getLocation().getCell() != null)), "an annotated .xls without COUNTRY with comments");
        assertTrue(withoutCountry.stream().anyMatch(c -> c.edits().stream().anyMatch(EditResult::applied)),
                "a fixed .xls without COUNTRY with an applied edit");
    }

    private static String prefix(int index) { return String.format("%03d", index); }

    private static List<String> sheetNames(Copy copy) throws IOException {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(copy.bytes()))) {
            List<String> names = new ArrayList<>();
            for (Sheet sheet : workbook) names.add(sheet.getSheetName());
            return names;
        }
    }

    private static Path onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, program);
            if (!dir.isEmpty() && Files.isExecutable(candidate)) return candidate;
        }
        return null;
    }
}
