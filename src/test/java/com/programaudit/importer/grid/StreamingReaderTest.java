package com.programaudit.importer.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.ImportLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The streaming .xlsx reader and the .xls record reader read every workbook of src/test/resources exactly
 * as POI's user model does: the same sheets, the same text in every cell, or the same refusal. More folders (the shared
 * real programs, a benchmark corpus) can be compared by hand: {@code -Dgrid.compare=DIR1,DIR2}.
 */
class StreamingReaderTest {
    private static final ImportLimits LIMITS = ImportLimits.DEFAULT;

    static Stream<Path> workbooks() throws IOException {
        List<Path> folders = new ArrayList<>(List.of(Path.of("src/test/resources")));
        for (String extra : System.getProperty("grid.compare", "").split(",")) {
            if (!extra.isBlank()) folders.add(Path.of(extra.strip()));
        }
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            try (Stream<Path> walk = Files.walk(folder)) {
                // files POI's user model refuses and the .xls record reader reads: XlsRecordReaderTest
                walk.filter(p -> p.toString().matches(".*\\.(xlsx|xlsm|xls)$") && !p.toString().contains("poi-refuses"))
                        .sorted().forEach(files::add);
            }
        }
        return files.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("workbooks")
    void streamingReadsWhatTheUserModelReads(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertEquals(userModel(bytes), streamed(bytes), file.toString());
    }

    /** Formulas with no saved result: both readers give an empty cell (POI's own user model would say 0). */
    @org.junit.jupiter.api.Test
    void formulasWithNoSavedResultReadAlike() throws IOException {
        byte[] bytes = com.programaudit.importer.CraftedInputs.uncalculatedFormulas();
        assertEquals(userModel(bytes), streamed(bytes));
        org.junit.jupiter.api.Assertions.assertTrue(streamed(bytes).contains("2: | 1 | Day 1 | Back Squat |  | 5 | "), streamed(bytes));
    }

    private static String streamed(byte[] bytes) {
        try {
            return render(new WorkbookGridReader(LIMITS).read("f.xlsx", bytes));
        } catch (ImportException e) {
            return "refused: " + e.getMessage() + " @ " + e.getSheet() + "!" + e.getCell();
        }
    }

    /** The reader before streaming: POI loads the workbook whole. */
    private static String userModel(byte[] bytes) {
        SpreadsheetFormat format = SpreadsheetFormat.sniff(bytes);
        try {
            if (format == SpreadsheetFormat.XLSX) UnpackedSize.check(bytes, LIMITS);
            try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
                return render(new UserModelGridReader(new GridBounds(LIMITS)).read("f.xlsx", workbook));
            }
        } catch (ImportException e) {
            return "refused: " + e.getMessage() + " @ " + e.getSheet() + "!" + e.getCell();
        } catch (IOException | RuntimeException e) {
            return "refused: " + WorkbookFailure.describe(e, format) + " @ null!null";
        }
    }

    /** Every sheet's name and every cell's text, a row a line, so a failure shows where they differ. */
    static String render(Grid grid) {
        StringBuilder text = new StringBuilder();
        for (GridSheet sheet : grid.sheets()) {
            text.append("== ").append(sheet.name()).append(" (").append(sheet.rowCount()).append(" rows)\n");
            for (int r = 0; r < sheet.rowCount(); r++) {
                text.append(r + 1).append(':');
                for (int c = 0; c < sheet.width(r); c++) text.append(" | ").append(sheet.text(r, c));
                text.append('\n');
            }
            for (GridSheet.Comment comment : sheet.comments()) text.append("comment ").append(comment).append('\n');
        }
        return text.toString();
    }
}
