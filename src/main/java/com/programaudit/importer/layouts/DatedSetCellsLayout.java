package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.ProgramDetails;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.assembly.SessionDates;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A log exported without a header row (StrongLifts and the like): each row a date, an exercise and
 * then one cell per performed set, "5x175" = 5 reps with 175 (the unit the app was set to). A
 * first number above any rep count ("175x5") is read as load × reps. Missed reps ("4x190") are
 * just fewer reps, not failure: the export says nothing about effort.
 */
public final class DatedSetCellsLayout implements Layout {
    private static final Pattern SET_CELL = Pattern.compile(
            "^\\s*(\\d{1,3})\\s*[x×*]\\s*(\\d{1,4}(?:[.,]\\d+)?)\\s*(?:kg|kgs|lb|lbs)?\\s*$", Pattern.CASE_INSENSITIVE);
    private static final int MOST_REPS = 30;
    private static final int MIN_ROWS = 3;

    @Override public String name() { return "dated-set-cells"; }

    /** Found by the shape of its rows, not by headers: below the tidy layouts. */
    @Override public double prior() { return 2.5; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        for (GridSheet sheet : grid.sheets()) {
            Optional<Integer> dateColumn = dateColumn(sheet);
            if (dateColumn.isEmpty()) continue;
            List<RawEntry> rows = rows(sheet, dateColumn.get());
            if (rows.isEmpty()) continue;
            String why = "rows of " + sheet.name() + " hold a date, an exercise and one 'reps x load' cell per set";
            return Optional.of(new LayoutReading(null, rows, ProgramDetails.NONE, List.of(sheet.name()), why));
        }
        return Optional.empty();
    }

    /** The column whose dates start most rows that go on with an exercise and set cells. */
    private static Optional<Integer> dateColumn(GridSheet sheet) {
        SessionDates dates = SessionDates.forColumn(List.of());
        int[] votes = new int[4];
        int filled = 0;
        for (int r = 0; r < sheet.rowCount(); r++) {
            if (sheet.isBlankRow(r)) continue;
            filled++;
            for (int c = 0; c < votes.length; c++) {
                // the cheap test first: parsing a text that is no date tries every date format
                if (isSetRow(sheet, r, c) && dates.parse(sheet.text(r, c)).isPresent()) votes[c]++;
            }
        }
        for (int c = 0; c < votes.length; c++) {
            if (votes[c] >= MIN_ROWS && votes[c] >= filled * 0.6) return Optional.of(c);
        }
        return Optional.empty();
    }

    private static boolean isSetRow(GridSheet sheet, int r, int dateColumn) {
        String exercise = sheet.text(r, dateColumn + 1);
        return LogTableReader.isExercise(exercise) && !SET_CELL.matcher(exercise).matches()
                && SET_CELL.matcher(sheet.text(r, dateColumn + 2)).matches();
    }

    private static List<RawEntry> rows(GridSheet sheet, int dateColumn) {
        List<String> dateTexts = new ArrayList<>();
        for (int r = 0; r < sheet.rowCount(); r++) dateTexts.add(sheet.text(r, dateColumn));
        SessionDates dates = SessionDates.forColumn(dateTexts);
        List<RawEntry> rows = new ArrayList<>();
        for (int r = 0; r < sheet.rowCount(); r++) {
            if (!isSetRow(sheet, r, dateColumn)) continue;
            SourceCell date = new SourceCell(sheet.ref(r, dateColumn), sheet.text(r, dateColumn));
            Optional<SourceCell> week = dates.week(date);
            if (week.isEmpty()) continue;
            SourceCell exercise = new SourceCell(sheet.ref(r, dateColumn + 1), sheet.text(r, dateColumn + 1));
            for (int c = dateColumn + 2; c < sheet.width(r); c++) {
                Matcher set = SET_CELL.matcher(sheet.text(r, c));
                if (!set.matches()) continue;
                rows.add(new RawEntry("", null, week.get(), date, exercise, setCells(sheet.ref(r, c), set), false));
            }
        }
        return rows;
    }

    /** One set's reps and load, both pointing at the cell that holds them. */
    private static Map<Field, SourceCell> setCells(com.programaudit.model.CellRef ref, Matcher set) {
        String first = set.group(1);
        String second = set.group(2).replace(',', '.');
        boolean loadFirst = Double.parseDouble(first) > MOST_REPS && Double.parseDouble(second) <= MOST_REPS;
        Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
        cells.put(Field.REPS, new SourceCell(ref, loadFirst ? second : first));
        cells.put(Field.LOAD, new SourceCell(ref, loadFirst ? first : second));
        return cells;
    }
}
