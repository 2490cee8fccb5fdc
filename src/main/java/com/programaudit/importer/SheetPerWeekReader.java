package com.programaudit.importer;

import com.programaudit.model.CellRef;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Layout 2, sheet per week: sheets named like "Week 1", "W2", "Wk 3 - Deload"; in each, sessions
 * start with a title row ("Day 1 – Lower", "Monday: Push") followed by a header row and exercise rows.
 */
final class SheetPerWeekReader {
    private static final Pattern WEEK_SHEET = Pattern.compile("(?i)^\\s*(?:week|wk|w)\\s*\\.?\\s*\\d+.*");

    private SheetPerWeekReader() { }

    static boolean isWeekSheet(GridSheet sheet) { return WEEK_SHEET.matcher(sheet.name()).matches(); }

    static List<RawEntry> read(Grid grid) {
        List<RawEntry> rows = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            if (isWeekSheet(sheet)) rows.addAll(readWeek(sheet));
        }
        return rows;
    }

    private static List<RawEntry> readWeek(GridSheet sheet) {
        List<RawEntry> rows = new ArrayList<>();
        SourceCell week = new SourceCell(new CellRef(sheet.name(), "A1"), sheet.name());
        boolean deload = Keywords.isDeload(sheet.name());
        TableHeader header = null;
        SourceCell day = null;
        for (int r = 0; r < sheet.rowCount(); r++) {
            if (sheet.isBlankRow(r)) continue;
            Optional<TableHeader> found = TableHeader.at(sheet, r);
            if (found.isPresent()) {
                header = found.get();
                continue;
            }
            Optional<SourceCell> title = title(sheet, r);
            if (title.isPresent() && (header == null || !LogTableReader.isExercise(sheet.text(r, header.column(Column.EXERCISE)))
                    || title.get().getRef().getCell().startsWith("A"))) {
                day = title.get();
                continue;
            }
            if (header == null) continue;
            int exerciseCol = header.column(Column.EXERCISE);
            String exercise = sheet.text(r, exerciseCol);
            if (!LogTableReader.isExercise(exercise)) continue;
            rows.add(new RawEntry("", null, week, day, new SourceCell(sheet.ref(r, exerciseCol), exercise),
                    LogTableReader.cells(header, r), deload));
        }
        return rows;
    }

    /** A row with one distinct text (often merged across), not a number: a session title. */
    static Optional<SourceCell> title(GridSheet sheet, int row) {
        Set<String> texts = new LinkedHashSet<>();
        int first = -1;
        for (int c = 0; c < sheet.width(row); c++) {
            String text = sheet.text(row, c);
            if (text.isEmpty()) continue;
            if (first < 0) first = c;
            texts.add(text);
        }
        if (texts.size() != 1) return Optional.empty();
        String text = texts.iterator().next();
        if (text.matches("[\\d.,\\s]+")) return Optional.empty();
        return Optional.of(new SourceCell(sheet.ref(row, first), text));
    }
}
