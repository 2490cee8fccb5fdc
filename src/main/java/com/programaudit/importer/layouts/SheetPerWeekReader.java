package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.assembly.*;

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
 * start with a title row ("Day 1 – Lower", "Monday: Push") or a Day column, then a header row and
 * exercise rows. The same shape on one sheet, with "Week 1" title rows between the weeks, reads alike.
 */
public final class SheetPerWeekReader {
    private static final Pattern ONLY_NUMBERS = Pattern.compile("[\\d.,\\s]+");
    private static final Pattern WEEK_SHEET = Pattern.compile(
            "(?i)^(?:\\s*+(?:week|wk|w)\\s*+\\.?\\s*+\\d+.*|.*\\b(?:week|wk)\\s*+\\.?\\s*+\\d+\\b.*)");

    private static final Pattern WEEK_AND_DAY = Pattern.compile(
            "(?i)^\\s*((?:week|wk|w)\\s*\\.?\\s*\\d+)\\s*[-\u2013\u2014:,|/]\\s*(.+)$");

    private SheetPerWeekReader() { }

    public static boolean isWeekSheet(GridSheet sheet) { return WEEK_SHEET.matcher(sheet.name()).matches(); }

    /** "Deload" or "Deload week" among week sheets: a week too, though it has no number. */
    private static boolean isDeloadSheet(GridSheet sheet) {
        return Keywords.isDeload(sheet.name()) && sheet.name().strip().split("\\s+").length <= 3
                && TableHeader.find(sheet, 0).isPresent();
    }

    /** Week-named sheets, or sheets where "Week 1" title rows split one table into weeks. */
    public static boolean fits(Grid grid) {
        return grid.sheets().stream().anyMatch(s -> isWeekSheet(s) || hasWeekTitles(s));
    }

    public static List<RawEntry> read(Grid grid) {
        List<RawEntry> rows = new ArrayList<>();
        boolean weekSheets = grid.sheets().stream().anyMatch(SheetPerWeekReader::isWeekSheet);
        for (GridSheet sheet : grid.sheets()) {
            if (isWeekSheet(sheet) || (weekSheets && isDeloadSheet(sheet))) {
                rows.addAll(readSheet(sheet, new SourceCell(new CellRef(sheet.name(), "A1"), sheet.name()), false));
            } else if (!weekSheets && hasWeekTitles(sheet)) {
                rows.addAll(readSheet(sheet, null, true));
            }
        }
        return rows;
    }

    /** A table whose weeks are title rows ("WEEK 1", "Week 2 – Deload") above their sessions. */
    private static boolean hasWeekTitles(GridSheet sheet) {
        if (TableHeader.find(sheet, 0).isEmpty()) return false;
        for (int r = 0; r < sheet.rowCount(); r++) {
            Optional<SourceCell> title = title(sheet, r);
            if (title.isPresent() && WEEK_SHEET.matcher(title.get().getText()).matches()) return true;
        }
        return false;
    }

    private static List<RawEntry> readSheet(GridSheet sheet, SourceCell sheetWeek, boolean weekTitles) {
        List<RawEntry> rows = new ArrayList<>();
        SourceCell week = sheetWeek;
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
                java.util.regex.Matcher weekAndDay = WEEK_AND_DAY.matcher(title.get().getText());
                if (weekTitles && weekAndDay.matches() && Keywords.isSessionTitle(weekAndDay.group(2))) {
                    // "Week 1 - Day 2 (Upper)": both at once
                    week = new SourceCell(title.get().getRef(), weekAndDay.group(1).strip());
                    day = new SourceCell(title.get().getRef(), weekAndDay.group(2).strip());
                } else if (weekTitles && WEEK_SHEET.matcher(title.get().getText()).matches()) {
                    // RULES.md: "Week 1 – Strength block" names a week, never a session
                    week = title.get();
                    day = null;
                } else {
                    day = title.get();
                }
                continue;
            }
            if (header == null || week == null) continue;
            int exerciseCol = header.column(Column.EXERCISE);
            String exercise = sheet.text(r, exerciseCol);
            if (!LogTableReader.isExercise(exercise)) continue;
            int dayCol = header.column(Column.DAY);
            if (dayCol >= 0 && !sheet.text(r, dayCol).isEmpty()) day = new SourceCell(sheet.ref(r, dayCol), sheet.text(r, dayCol));
            rows.add(new RawEntry("", null, week, day, new SourceCell(sheet.ref(r, exerciseCol), exercise),
                    LogTableReader.cells(header, r), Keywords.isDeload(week.getText())));
        }
        return rows;
    }

    /** A row with one distinct text (often merged across), not a number: a session title. */
    public static Optional<SourceCell> title(GridSheet sheet, int row) {
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
        if (ONLY_NUMBERS.matcher(text).matches()) return Optional.empty();
        return Optional.of(new SourceCell(sheet.ref(row, first), text));
    }
}
