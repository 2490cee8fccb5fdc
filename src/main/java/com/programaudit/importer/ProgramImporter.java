package com.programaudit.importer;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.layouts.*;
import com.programaudit.importer.assembly.*;

import com.programaudit.accept.InlineMarkers;
import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.layout.LayoutMapping;
import com.programaudit.model.ProgramFacts;
import com.programaudit.model.ProgramReading;
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
    /** The catalog and the layout mappings every file's layouts are read with: made once, the same for every file. */
    private final LayoutContext context;
    private final LayoutDetector detector = LayoutDetector.standard();

    public ProgramImporter(ExerciseCatalog catalog) { this(catalog, ImportLimits.DEFAULT, List.of()); }

    /** {@code layouts}: the mapping files of rules/layouts/; a template a mapping matches is read through it. */
    public ProgramImporter(ExerciseCatalog catalog, List<LayoutMapping> layouts) {
        this(catalog, ImportLimits.DEFAULT, layouts);
    }

    public ProgramImporter(ExerciseCatalog catalog, ImportLimits limits, List<LayoutMapping> layouts) {
        this.catalog = catalog;
        this.limits = limits;
        // one context for every file, so what is made of its mappings once (MappedHeader) is found again by identity
        this.context = new LayoutContext(catalog, layouts);
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
        return read(fileName, bytes, ReadDeadline.after(ReadDeadline.DEFAULT_BUDGET));
    }

    /** {@code deadline}: the time the file may take, from the grid to the program facts. */
    public List<ProgramFacts> read(String fileName, byte[] bytes, ReadDeadline deadline) throws ImportException {
        try {
            return readWithin(fileName, bytes, deadline);
        } catch (ReadDeadline.Exceeded e) {
            throw e.refusal();
        }
    }

    private List<ProgramFacts> readWithin(String fileName, byte[] bytes, ReadDeadline deadline) throws ImportException {
        if (bytes.length == 0) throw new ImportException("The file is empty.");
        if (bytes.length > limits.maxFileBytes()) {
            throw new ImportException("The file is larger than " + limits.maxFileBytes() / (1024 * 1024) + " MiB.");
        }
        Optional<String> foreign = ForeignFile.kind(bytes);
        if (foreign.isPresent()) {
            throw new ImportException("This is " + foreign.get() + ", not a spreadsheet; export the program from"
                    + " Excel or Google Sheets as .xlsx or .csv.");
        }
        Optional<String> otherProgram = ForeignFile.otherSpreadsheet(bytes);
        if (otherProgram.isPresent()) {
            throw new ImportException("This is " + otherProgram.get() + ", which is not read: save it as .xlsx (or .csv)"
                    + " from the program that made it, and audit that copy.");
        }
        Grid grid = switch (SpreadsheetFormat.sniff(bytes)) {
            case XLSX, XLS -> new WorkbookGridReader(limits, deadline).read(fileName, bytes);
            case CSV -> new CsvGridReader(limits, deadline).read(fileName, bytes);
            case UNKNOWN -> throw new ImportException(
                    "This is not a spreadsheet: expected .xlsx, .xls or .csv content.");
        };
        return readGrid(grid, deadline);
    }

    /** The grid's sheets no exercise row was read from, in the workbook's order. */
    private static List<String> sheetsWithoutRows(Grid grid, LayoutReading reading) {
        java.util.Set<String> read = new java.util.HashSet<>(reading.sheets());
        read.addAll(LayoutDetector.sheetsOf(reading.rows()));
        List<String> others = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            if (!read.contains(sheet.name())) others.add(sheet.name());
        }
        return others;
    }

    private List<ProgramFacts> readGrid(Grid read, ReadDeadline deadline) throws ImportException {
        InlineMarkers.Taken taken = InlineMarkers.take(read);
        Grid grid = taken.grid();
        LayoutReading reading = detector.detect(grid, context);
        deadline.check();
        List<ProgramFacts> programs = new ProgramAssembler(grid.fileName(), catalog).assemble(reading.rows(),
                reading.details(), new ArrayList<>(),
                new ProgramReading.Source(reading.layout(), reading.why(), reading.sheets(), sheetsWithoutRows(grid, reading)));
        if (taken.markers().isEmpty() && taken.problems().isEmpty()) return programs;
        // markers belong to the file; a file of several programs reports a marker's problem once
        List<ProgramFacts> marked = new ArrayList<>();
        for (ProgramFacts facts : programs) {
            marked.add(facts.withIgnores(taken.markers(), marked.isEmpty() ? taken.problems() : List.of()));
        }
        return marked;
    }
}
