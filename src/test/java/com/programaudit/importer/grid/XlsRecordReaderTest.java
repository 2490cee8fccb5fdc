package com.programaudit.importer.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.ImportLimits;
import com.programaudit.importer.grid.xls.XlsGridReader;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The .xls record reader reads the workbooks it takes exactly as POI's user model, and leaves to the user
 * model the ones it does not take (StreamingReaderTest compares every workbook through the reader the
 * importer uses, whichever it is).
 */
class XlsRecordReaderTest {
    private static final Path CELL_KINDS = Path.of("src/test/resources/xls/cell_kinds.xls");

    private static Optional<Grid> records(Path file) throws Exception {
        return new XlsGridReader(new GridBounds(ImportLimits.DEFAULT)).read(file.getFileName().toString(), Files.readAllBytes(file));
    }

    private static Grid userModel(Path file) throws Exception {
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(Files.readAllBytes(file)))) {
            return new UserModelGridReader(new GridBounds(ImportLimits.DEFAULT)).read(file.getFileName().toString(), workbook);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"xls/cell_kinds.xls", "xls/shared_formula.xls", "examples/eva_clean.xls", "formats/anna_upper_lower.xls",
            "formats/ben_strength_weeks.xls", "formats/carla_weeks_across.xls", "formats/dan_full_body.xls",
            "coach-layouts/xls_weeks_across_W1_headers_with_day_column.xls"})
    void readsPlainWorkbooksFromTheirRecordsAsTheUserModelDoes(String name) throws Exception {
        Path file = Path.of("src/test/resources").resolve(name);
        Optional<Grid> read = records(file);
        assertTrue(read.isPresent(), name + " is read from its records");
        assertEquals(StreamingReaderTest.render(userModel(file)), StreamingReaderTest.render(read.get()));
    }

    @Test
    void everyKindOfCellReadsAsTheCoachSeesIt() throws Exception {
        Grid grid = records(CELL_KINDS).orElseThrow();
        assertEquals(List.of("Week 1", "Empty"), grid.sheets().stream().map(GridSheet::name).toList(), "the hidden sheet is skipped");
        GridSheet week = grid.sheets().get(0);
        assertEquals("102.5", week.text(1, 4), "a number in its format");
        assertEquals("1.5", week.text(1, 5), "a whole-number format does not round RIR 1.5");
        assertEquals("80%", week.text(1, 6), "a percentage as shown");
        assertEquals("3", week.text(2, 2), "a formula's cached number");
        assertEquals("8-10", week.text(2, 3), "a formula's cached text");
        assertEquals("0", week.text(2, 5), "an accounting zero is not a dash");
        assertEquals("", week.text(2, 6), "a formula's cached error");
        assertEquals("true", week.text(2, 7), "a formula's cached truth value");
        assertEquals("12", week.text(2, 9), "a '+' the format adds is not an AMRAP mark");
        assertEquals("TRUE", week.text(3, 2));
        assertEquals("#N/A", week.text(3, 3));
        assertEquals("Monday", week.text(3, 0), "a merged region's value fills it");
        assertEquals(9, week.rowCount(), "rows up to the last one with a record; a merged region adds none");
        assertEquals(0, week.width(6), "a row record with no cells");
        assertEquals(0, grid.sheets().get(1).rowCount(), "an empty sheet has no rows");
    }

    @ParameterizedTest
    @ValueSource(strings = {"accept/inline/comment-marker-accepts-its-row-xls.xls", "hostile/password.xls", "hostile/truncated.xls"})
    void leavesCommentsEncryptionAndDamageToTheUserModel(String name) throws Exception {
        assertFalse(records(Path.of("src/test/resources").resolve(name)).isPresent(), name);
    }

    /** Each is read by the user model, or refused by it, as before (StreamingReaderTest compares them). */
    @ParameterizedTest
    @ValueSource(strings = {"column_32767.xls", "encryptedpackage_entry.xls", "externsheet_in_sheet.xls", "format_in_sheet.xls",
            "merge_in_custom_view.xls", "no_window2.xls", "package_entry.xls", "row_lastcol_8000.xls", "sst_in_sheet.xls",
            "xf_in_sheet.xls"})
    void leavesRecordsTheUserModelReadsItsOwnWayToIt(String name) throws Exception {
        assertFalse(records(Path.of("src/test/resources/xls/left-to-poi").resolve(name)).isPresent(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty_drawing.xls", "sf_dependent_first.xls", "sf_range_excludes_first.xls", "two_headers.xls"})
    void readsTheCellsOfFilesTheUserModelRefusesForWhatIsNotACell(String name) throws Exception {
        Path file = Path.of("src/test/resources/xls/poi-refuses").resolve(name);
        org.junit.jupiter.api.Assertions.assertThrows(Exception.class, () -> userModel(file), "the user model refuses " + name);
        Grid grid = records(file).orElseThrow();
        assertTrue(grid.sheets().get(0).rowCount() > 0, name);
        assertFalse(grid.sheets().get(0).text(0, 0).isEmpty(), name);
    }

    @Test
    void aWorkbookWithCommentsIsStillReadWithThem() throws Exception {
        Path file = Path.of("src/test/resources/accept/inline/comment-marker-accepts-its-row-xls.xls");
        Grid grid = new WorkbookGridReader(ImportLimits.DEFAULT).read("f.xls", Files.readAllBytes(file));
        assertFalse(grid.sheets().get(0).comments().isEmpty());
    }

    @Test
    void theLimitsAreTheUserModelsToo() throws Exception {
        ImportLimits d = ImportLimits.DEFAULT;
        ImportLimits tight = new ImportLimits(d.maxFileBytes(), 5, d.maxCells(), d.maxSheets(), d.maxUnpackedBytes());
        ImportException e = org.junit.jupiter.api.Assertions.assertThrows(ImportException.class,
                () -> new XlsGridReader(new GridBounds(tight)).read("f.xls", Files.readAllBytes(CELL_KINDS)));
        assertTrue(e.getMessage().contains("9 rows"), e.getMessage());
        assertEquals("Week 1", e.getSheet());
    }
}
