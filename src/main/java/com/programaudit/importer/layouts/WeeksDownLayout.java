package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A one-lift cycle (Russian squat routine, Smolov and the like): a header row with the week word
 * then session titles across ({@code Неделя | Первый день | Второй день | Третий день}), one row per
 * week below it, and under each session a load cell and a scheme cell ({@code 140 | *6 по 2}) or a
 * max test word ({@code Проходка}). The lift is named above the table beside its max
 * ({@code Присед: | 175 | кг}), else by the sheet.
 */
public final class WeeksDownLayout implements Layout {
    private static final Pattern NUMBER = Pattern.compile("^\\d+(?:[.,]\\d+)?$");
    private static final int FEWEST_SESSIONS = 2;

    @Override public String name() { return "weeks-down-sessions-across"; }

    /** Found by a header of week and session words, but guessed the lift: below the tidy layouts. */
    @Override public double prior() { return 1.0; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        List<RawEntry> rows = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            for (int r = 0; r < sheet.rowCount(); r++) {
                List<Integer> sessionCols = sessionColumns(sheet, r);
                if (sessionCols.size() >= FEWEST_SESSIONS) {
                    rows.addAll(readTable(sheet, r, sessionCols));
                    break;
                }
            }
        }
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new LayoutReading(null, rows, DetailsReader.read(grid, null, 0),
                LayoutDetector.sheetsOf(rows), "one lift: weeks as rows, sessions across"));
    }

    /** The session title columns of a header row that opens with the week word, or none. */
    private static List<Integer> sessionColumns(GridSheet sheet, int r) {
        List<Integer> cols = new ArrayList<>();
        int first = firstFilled(sheet, r);
        if (first < 0 || !SectionWords.isWeekWord(sheet.text(r, first))) return cols;
        for (int c = first + 1; c < sheet.width(r); c++) {
            String text = sheet.text(r, c);
            if (text.isEmpty()) continue;
            if (!SectionWords.isSessionTitle(text)) return List.of();
            cols.add(c);
        }
        return cols;
    }

    private static List<RawEntry> readTable(GridSheet sheet, int header, List<Integer> sessionCols) {
        SourceCell lift = liftName(sheet, header);
        int weekCol = firstFilled(sheet, header);
        List<RawEntry> rows = new ArrayList<>();
        for (int r = header + 1; r < sheet.rowCount(); r++) {
            String weekText = sheet.text(r, weekCol);
            if (!NUMBER.matcher(weekText).matches()) {
                if (sheet.isBlankRow(r)) continue;
                break;
            }
            SourceCell week = new SourceCell(sheet.ref(r, weekCol), "Week " + weekText);
            for (int s = 0; s < sessionCols.size(); s++) {
                int from = sessionCols.get(s);
                int to = s + 1 < sessionCols.size() ? sessionCols.get(s + 1) : from + (from - (s > 0 ? sessionCols.get(s - 1) : weekCol));
                SourceCell day = new SourceCell(sheet.ref(header, from), SectionWords.sessionLabel(sheet.text(header, from)));
                rows.addAll(session(sheet, r, from, to, week, day, lift));
            }
        }
        return rows;
    }

    /** One session's cells: a load and a scheme ("140 | *6 по 2"), or a max test word. */
    private static List<RawEntry> session(GridSheet sheet, int r, int from, int to, SourceCell week, SourceCell day,
                                          SourceCell lift) {
        SourceCell load = null;
        List<RawEntry> sets = new ArrayList<>();
        for (int c = from; c < to; c++) {
            String text = sheet.text(r, c);
            if (text.isEmpty()) continue;
            SourceCell cell = new SourceCell(sheet.ref(r, c), text);
            if (NUMBER.matcher(text).matches() && load == null) {
                load = cell;
            } else if (SectionWords.isMaxTest(text)) {
                sets.add(SetRowEntry.of(week, day, lift, 1, new SourceCell(cell.getRef(), "max"), null, false));
            } else {
                List<SchemeList.PlannedSet> planned = SchemeList.read(text);
                for (int i = 0; i < planned.size(); i++) {
                    sets.add(SetRowEntry.of(week, day, lift, i + 1, new SourceCell(cell.getRef(), planned.get(i).reps()),
                            load, false));
                }
            }
        }
        return sets;
    }

    /** "Присед: | 175" above the table: the lift and its max; else the sheet's name. */
    private static SourceCell liftName(GridSheet sheet, int header) {
        for (int r = 0; r < header; r++) {
            int c = firstFilled(sheet, r);
            String text = c < 0 ? "" : sheet.text(r, c);
            if (text.endsWith(":") && NUMBER.matcher(sheet.text(r, c + 1)).matches()) {
                return new SourceCell(sheet.ref(r, c), text.substring(0, text.length() - 1).strip());
            }
        }
        return new SourceCell(sheet.ref(header, 0), sheet.name());
    }

    private static int firstFilled(GridSheet sheet, int r) {
        for (int c = 0; c < sheet.width(r); c++) {
            if (!sheet.text(r, c).isEmpty()) return c;
        }
        return -1;
    }
}
