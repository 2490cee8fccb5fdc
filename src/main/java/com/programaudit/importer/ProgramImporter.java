package com.programaudit.importer;

import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.layout.LayoutMapping;
import com.programaudit.model.DataIssue;
import com.programaudit.model.ProgramFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a coach's spreadsheet into program facts: sniffs the format from the bytes, turns it into
 * text grids, detects the layout and hands the rows to the shared assembler. The file is only read.
 */
public final class ProgramImporter {
    private final ExerciseCatalog catalog;
    private final ImportLimits limits;
    private final List<LayoutMapping> layouts;

    public ProgramImporter(ExerciseCatalog catalog) { this(catalog, ImportLimits.DEFAULT, List.of()); }

    /** {@code layouts}: the mapping files of rules/layouts/, tried when no built-in layout fits. */
    public ProgramImporter(ExerciseCatalog catalog, List<LayoutMapping> layouts) {
        this(catalog, ImportLimits.DEFAULT, layouts);
    }

    public ProgramImporter(ExerciseCatalog catalog, ImportLimits limits, List<LayoutMapping> layouts) {
        this.catalog = catalog;
        this.limits = limits;
        this.layouts = layouts;
    }

    public List<ProgramFacts> read(Path file) throws ImportException {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) {
                throw new ImportException("The file is " + size / (1024 * 1024) + " MiB; at most "
                        + limits.maxFileBytes() / (1024 * 1024) + " MiB are read.");
            }
            return read(name, Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ImportException("There is no such file.");
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ImportException("The file could not be opened: permission denied.");
        } catch (IOException e) {
            throw new ImportException("The file could not be read: " + e.getMessage());
        }
    }

    public List<ProgramFacts> read(String fileName, byte[] bytes) throws ImportException {
        if (bytes.length == 0) throw new ImportException("The file is empty.");
        if (bytes.length > limits.maxFileBytes()) {
            throw new ImportException("The file is larger than " + limits.maxFileBytes() / (1024 * 1024) + " MiB.");
        }
        Optional<String> foreign = ForeignFile.kind(bytes);
        if (foreign.isPresent()) {
            throw new ImportException("This is " + foreign.get() + ", not a spreadsheet; export the program from"
                    + " Excel or Google Sheets as .xlsx or .csv.");
        }
        Grid grid = switch (SpreadsheetFormat.sniff(bytes)) {
            case XLSX, XLS -> new WorkbookGridReader(limits).read(fileName, bytes);
            case CSV -> new CsvGridReader(limits).read(fileName, bytes);
            case UNKNOWN -> throw new ImportException(
                    "This is not a spreadsheet: expected .xlsx, .xls or .csv content.");
        };
        return readGrid(grid);
    }

    private List<ProgramFacts> readGrid(Grid grid) throws ImportException {
        List<DataIssue> issues = new ArrayList<>();
        // Week sheets with a Day column are still one week each, and an overview sheet before them
        // is not the program: with two or more week sheets only a Week column makes a log table.
        boolean weekSheets = grid.sheets().stream().filter(SheetPerWeekReader::isWeekSheet).count() >= 2;
        for (GridSheet sheet : grid.sheets()) {
            Optional<TableHeader> header = TableHeader.find(sheet, 0);
            if (header.isPresent() && LogTableReader.fits(header.get())
                    && (header.get().has(Column.WEEK) || !weekSheets)
                    && !WeeksAcrossReader.hasWeekGroups(sheet, header.get())) {
                return readLogTable(grid, header.get(), issues);
            }
        }
        if (SheetPerWeekReader.fits(grid)) {
            List<RawEntry> rows = SheetPerWeekReader.read(grid);
            if (!rows.isEmpty()) {
                return new ProgramAssembler(grid.fileName(), catalog)
                        .assemble(rows, DetailsReader.read(grid, null, 0), issues);
            }
        }
        List<RawEntry> across = WeeksAcrossReader.read(grid);
        if (!across.isEmpty()) {
            return new ProgramAssembler(grid.fileName(), catalog).assemble(across, DetailsReader.read(grid, null, 0), issues);
        }
        Optional<TableHeader> mapped = MappedHeader.find(grid, layouts);
        if (mapped.isPresent()) return readLogTable(grid, mapped.get(), issues);
        throw new ImportException("No program table found: no sheet has a header row with an Exercise column, "
                + "a Week or Day column and Sets/Reps/RIR/RPE columns (the first 60 rows of each sheet were searched). "
                + "A business template with its own headers can be described in a rules/layouts/ mapping file.",
                grid.sheets().isEmpty() ? null : grid.sheets().get(0).name(), null);
    }

    private List<ProgramFacts> readLogTable(Grid grid, TableHeader header, List<DataIssue> issues)
            throws ImportException {
        GridSheet sheet = header.sheet();
        List<RawEntry> rows = LogTableReader.read(header);
        if (rows.isEmpty()) {
            throw new ImportException("The table under the header row has no exercise rows.", sheet.name(),
                    sheet.ref(header.row(), header.column(Column.EXERCISE)).getCell());
        }
        ProgramDetails details = DetailsReader.read(grid, sheet, header.row());
        return new ProgramAssembler(grid.fileName(), catalog).assemble(rows, details, issues);
    }
}
