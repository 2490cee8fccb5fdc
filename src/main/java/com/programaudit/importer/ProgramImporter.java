package com.programaudit.importer;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.layouts.*;
import com.programaudit.importer.assembly.*;
import com.programaudit.importer.*;

import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.layout.LayoutMapping;
import com.programaudit.model.DataIssue;
import com.programaudit.model.SourceCell;
import com.programaudit.model.ProgramFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.LinkedHashMap;
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
        List<TableHeader> logTables = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            Optional<TableHeader> header = TableHeader.find(sheet, 0);
            if (header.isPresent() && LogTableReader.fits(header.get())
                    && (header.get().has(Column.WEEK) || !weekSheets)
                    && !WeeksAcrossReader.hasWeekGroups(sheet, header.get())) {
                logTables.add(header.get());
            }
        }
        if (logTables.size() == 1) return readLogTable(grid, logTables.get(0), issues);
        if (logTables.size() > 1) return readLogTables(grid, logTables, issues);
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

    /**
     * A log table on several sheets: sheets named like blocks ("Hypertrophy", "Deload") are the blocks
     * of one program; sheets that start their weeks again under other names are separate programs
     * (a sheet per client); otherwise the sheets continue one another.
     */
    private List<ProgramFacts> readLogTables(Grid grid, List<TableHeader> headers, List<DataIssue> issues)
            throws ImportException {
        Map<TableHeader, List<RawEntry>> bySheet = new LinkedHashMap<>();
        java.util.Set<String> weeksSeen = new java.util.HashSet<>();
        boolean perClient = false;
        for (TableHeader header : headers) {
            List<RawEntry> sheetRows = LogTableReader.read(header);
            if (!isBlockSheet(header.sheet()) && sheetRows.stream().anyMatch(r -> r.week() != null
                    && weeksSeen.contains(ValueParser.clean(r.week().getText())))) {
                perClient = true;
            }
            sheetRows.stream().filter(r -> r.week() != null).forEach(r -> weeksSeen.add(ValueParser.clean(r.week().getText())));
            bySheet.put(header, sheetRows);
        }
        List<RawEntry> rows = new ArrayList<>();
        for (Map.Entry<TableHeader, List<RawEntry>> entry : bySheet.entrySet()) {
            GridSheet sheet = entry.getKey().sheet();
            boolean blockSheet = isBlockSheet(sheet);
            SourceCell sheetBlock = new SourceCell(sheet.ref(0, 0), sheet.name());
            for (RawEntry row : entry.getValue()) {
                String program = perClient && !blockSheet && row.program().isEmpty() ? sheet.name() : row.program();
                rows.add(new RawEntry(program, row.block() == null && blockSheet ? sheetBlock : row.block(), row.week(),
                        row.day(), row.exercise(), row.cells(), row.deloadSheet() || Keywords.isDeload(sheet.name())));
            }
        }
        if (rows.isEmpty()) throw new ImportException("The tables under the header rows have no exercise rows.");
        ProgramDetails details = DetailsReader.read(grid, headers.get(0).sheet(), headers.get(0).row());
        return new ProgramAssembler(grid.fileName(), catalog).assemble(rows, details, issues);
    }

    private static boolean isBlockSheet(GridSheet sheet) {
        return Keywords.blockType(sheet.name()) != com.programaudit.model.BlockType.NONE || Keywords.isDeload(sheet.name());
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
