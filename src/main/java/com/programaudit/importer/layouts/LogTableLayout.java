package com.programaudit.importer.layouts;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.ProgramDetails;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Column;
import com.programaudit.importer.words.Keywords;
import com.programaudit.importer.words.ValueParser;
import com.programaudit.model.BlockType;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One row per exercise or per set under a header row, on one sheet or continued over several. */
public final class LogTableLayout implements Layout {

    @Override public String name() { return "log-table"; }

    @Override public double prior() { return 3.0; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        // Week sheets with a Day column are still one week each, and an overview sheet before them
        // is not the program: with two or more week sheets only a Week column makes a log table.
        boolean weekSheets = grid.sheets().stream().filter(SheetPerWeekReader::isWeekSheet).count() >= 2;
        // whether week titles split the file matters only for a one-session table: asked at most once, then
        Boolean weekTitles = null;
        List<TableHeader> tables = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            Optional<TableHeader> found = TableHeader.find(sheet, 0);
            if (found.isEmpty()) continue;
            TableHeader header = found.get();
            boolean oneSession = LogTableReader.isOneSession(header);
            // LogTableReader.fits, with the one-session answer needed again below
            if (!(LogTableReader.placesSessions(header) || oneSession) || !(header.has(Column.WEEK) || !weekSheets)) continue;
            if (oneSession) {
                if (weekTitles == null) weekTitles = SheetPerWeekReader.fits(grid);
                if (weekTitles) continue;
            }
            if (!WeeksAcrossReader.hasWeekGroups(sheet, header) && !SessionHeadings.headGroups(sheet, header.row())) {
                tables.add(header);
            }
        }
        if (tables.isEmpty()) return Optional.empty();
        return Optional.of(read(grid, tables));
    }

    /** A reading of the tables under known header rows (also those a mapping file describes). */
    static LayoutReading read(Grid grid, List<TableHeader> tables) {
        List<RawEntry> rows = tables.size() == 1 ? LogTableReader.read(tables.get(0)) : joined(tables);
        TableHeader first = tables.get(0);
        ProgramDetails details = DetailsReader.read(grid, first.sheet(), first.row());
        List<String> sheets = tables.stream().map(t -> t.sheet().name()).toList();
        String why = "header row " + (first.row() + 1) + " of " + first.sheet().name() + " names "
                + first.columns().keySet().stream().map(c -> c.name().toLowerCase()).toList()
                + (tables.size() == 1 && LogTableReader.isOneSession(first) ? "; no Week or Day column: read as one session" : "");
        return new LayoutReading(null, rows, details, sheets, why);
    }

    /**
     * A log table on several sheets: sheets named like blocks ("Hypertrophy", "Deload") are the blocks
     * of one program; sheets that start their weeks again under other names are separate programs
     * (a sheet per client); otherwise the sheets continue one another.
     */
    private static List<RawEntry> joined(List<TableHeader> headers) {
        Map<TableHeader, List<RawEntry>> bySheet = new LinkedHashMap<>();
        Set<String> weeksSeen = new HashSet<>();
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
            // session cards on several sheets: each sheet is a session of its own
            SourceCell sheetDay = LogTableReader.isOneSession(entry.getKey()) ? sheetBlock : null;
            for (RawEntry row : entry.getValue()) {
                String program = perClient && !blockSheet && row.program().isEmpty() ? sheet.name() : row.program();
                rows.add(new RawEntry(program, row.block() == null && blockSheet ? sheetBlock : row.block(), row.week(),
                        row.day() == null ? sheetDay : row.day(), row.exercise(), row.cells(),
                        row.deloadSheet() || Keywords.isDeload(sheet.name())));
            }
        }
        return rows;
    }

    private static boolean isBlockSheet(GridSheet sheet) {
        return Keywords.blockType(sheet.name()) != BlockType.NONE || Keywords.isDeload(sheet.name());
    }
}
