package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.assembly.*;

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
 * Layout 1, the log table: one row per exercise per session (or per set with a Set column), with
 * Week and/or Day columns. Blank Week/Day/Block cells repeat the value above, as coaches leave them.
 */
public final class LogTableReader {
    /** Asked only of names starting with a letter of NOT_EXERCISE_STARTS (see isExercise): a new word here adds its first letter there. */
    private static final Pattern NOT_AN_EXERCISE = Pattern.compile(
            "(?i)^(?:—|-|n/?a|tbd|notes?)$|(?i)^(?:total|totals|sum|weekly total)\\b.*"
                    // "Rest Day 😴", "Rest / Mobility", "OFF - walk 10k steps", but not "Rest-pause curls"
                    + "|(?i)^(?:rest(?![- ]?pause)|off|day off|recovery day|active recovery)\\b.*");
    /** Asked only of texts holding one of its separators (see maySpanWeeks): a new separator goes there too. */
    private static final Pattern WEEK_SPAN = Pattern.compile(
            "(?i)^\\s*+(?:w|wk|wks|week|weeks)?\\s*+\\.?\\s*+(\\d{1,2})\\s*+(?:-|\u2013|\u2014|to)\\s*+(?:w|wk|week)?\\s*+(\\d{1,2})\\s*$");
    private static final Pattern SESSION_CODE = Pattern.compile(
            "(?i)^\\s*(?:w|wk|week)\\s*\\.?\\s*(\\d+)\\s*[-/,.:]?\\s*(?:d|day|s|session)\\s*\\.?\\s*(\\d+)\\b.*$");
    private LogTableReader() { }

    /**
     * A log table has an exercise header plus a Week or Day column, or it is one session written
     * without them (a session card): an exercise column with its sets or reps.
     */
    public static boolean fits(TableHeader header) {
        return placesSessions(header) || isOneSession(header);
    }

    /** A Week, Day or Date column says where each row's session is. */
    static boolean placesSessions(TableHeader header) {
        return header.has(Column.WEEK) || header.has(Column.DAY) || header.has(Column.DATE);
    }

    /**
     * No Week, Day or Date column but sets or reps beside the exercise, and no session title rows or
     * repeated header rows below that would split it: the whole table is one session.
     */
    public static boolean isOneSession(TableHeader header) {
        if (placesSessions(header)
                || !(header.has(Column.SETS) || header.has(Column.REPS) || header.has(Column.SETS_X_REPS))) {
            return false;
        }
        GridSheet sheet = header.sheet();
        for (int r = header.row() + 1; r < sheet.rowCount(); r++) {
            if (TableHeader.at(sheet, r).isPresent()) return false;
            Optional<SourceCell> title = SheetPerWeekReader.title(sheet, r);
            if (title.isPresent() && Keywords.isSessionTitle(title.get().getText())) return false;
        }
        return true;
    }

    public static List<RawEntry> read(TableHeader header) {
        GridSheet sheet = header.sheet();
        List<RawEntry> rows = new ArrayList<>();
        SourceCell program = null;
        SourceCell block = null;
        SourceCell week = null;
        SourceCell day = null;
        int exerciseCol = header.column(Column.EXERCISE);
        Map<Integer, Map<Field, Integer>> perSet = PerSetColumns.find(sheet, header.row());
        int dateCol = header.column(Column.DATE);
        int blockCol = supersetLabels(sheet, header.row() + 1, header.column(Column.BLOCK)) ? -1 : header.column(Column.BLOCK);
        SessionDates dates = dateCol < 0 ? null : SessionDates.forColumn(columnTexts(sheet, header.row() + 1, dateCol));
        SourceCell date = null;
        for (int r = header.row() + 1; r < sheet.rowCount(); r++) {
            if (sheet.isBlankRow(r) || TableHeader.at(sheet, r).isPresent()) continue;
            program = carry(sheet, r, header.column(Column.PROGRAM), program);
            SourceCell newBlock = carry(sheet, r, blockCol, block);
            SourceCell newWeek = carry(sheet, r, header.column(Column.WEEK), week);
            if (newWeek != week) day = null;
            block = newBlock;
            week = newWeek;
            day = carry(sheet, r, header.column(Column.DAY), day);
            String exercise = sheet.text(r, exerciseCol);
            if (!isExercise(exercise)) continue;
            Map<Field, SourceCell> cells = cells(header, r);
            SourceCell rowWeek = week;
            SourceCell rowDay = day;
            date = carry(sheet, r, dateCol, date);
            Optional<SourceCell> dateWeek = dates == null || date == null ? Optional.empty() : dates.week(date);
            if (dateWeek.isPresent()) {
                // an app export: one session per date (named after its workout), in its calendar week
                // unless a Week column says otherwise
                if (!header.has(Column.WEEK)) rowWeek = dateWeek.get();
                rowDay = new SourceCell(date.getRef(), (day == null ? "" : day.getText() + " – ") + date.getText());
            }
            Matcher code = day == null || header.has(Column.WEEK) ? null : SESSION_CODE.matcher(day.getText());
            if (code != null && code.matches()) {
                // "W1D2" / "Week 1 Day 2" in a Day or Session column stands for both
                rowWeek = new SourceCell(day.getRef(), "Week " + code.group(1));
                rowDay = new SourceCell(day.getRef(), "Day " + code.group(2));
            }
            RawEntry entry = new RawEntry(program == null ? "" : program.getText(), block, rowWeek, rowDay,
                    new SourceCell(sheet.ref(r, exerciseCol), exercise), cells, false);
            rows.addAll(perSet.isEmpty() ? eachWeek(EmbeddedScheme.apply(entry)) : eachSet(entry, perSet, sheet, r));
        }
        return rows;
    }

    /** Whether a week's text holds a separator WEEK_SPAN needs (a dash or "to"): "Week 3", on most rows, does not. */
    private static boolean maySpanWeeks(String week) {
        for (int i = 0; i < week.length(); i++) {
            char c = week.charAt(i);
            if (c == '-' || c == '\u2013' || c == '\u2014' || c == 't' || c == 'T') return true;
        }
        return false;
    }

    /** "Weeks 1-4": the same prescription in each of those weeks; otherwise the entry itself. */
    private static List<RawEntry> eachWeek(RawEntry entry) {
        if (entry.week() == null || !maySpanWeeks(entry.week().getText())) return List.of(entry);
        Matcher span = WEEK_SPAN.matcher(entry.week().getText());
        if (!span.matches()) return List.of(entry);
        int from = Integer.parseInt(span.group(1));
        int to = Integer.parseInt(span.group(2));
        if (from >= to || to - from >= 52) return List.of(entry);
        List<RawEntry> weeks = new ArrayList<>();
        for (int w = from; w <= to; w++) {
            weeks.add(new RawEntry(entry.program(), entry.block(), new SourceCell(entry.week().getRef(), "Week " + w),
                    entry.day(), entry.exercise(), entry.cells(), entry.deloadSheet()));
        }
        return weeks;
    }

    /** Per-set columns: one entry per set that has something written, each with that set's own cells. */
    private static List<RawEntry> eachSet(RawEntry entry, Map<Integer, Map<Field, Integer>> perSet, GridSheet sheet,
                                          int row) {
        List<RawEntry> sets = new ArrayList<>();
        for (Map<Field, Integer> set : perSet.values()) {
            Map<Field, SourceCell> setCells = new EnumMap<>(entry.cells());
            setCells.keySet().removeIf(f -> PerSetColumns.PER_SET.contains(f) || f == Field.SETS || f == Field.SET_NUMBER);
            boolean written = false;
            for (Map.Entry<Field, Integer> f : set.entrySet()) {
                SourceCell cell = new SourceCell(sheet.ref(row, f.getValue()), sheet.text(row, f.getValue()));
                setCells.put(f.getKey(), cell);
                written |= !cell.isBlank();
            }
            if (written) {
                sets.add(new RawEntry(entry.program(), entry.block(), entry.week(), entry.day(), entry.exercise(),
                        setCells, entry.deloadSheet()));
            }
        }
        return sets;
    }

    private static final Pattern SUPERSET_LABEL = Pattern.compile("[A-Ha-h]\\d{1,2}");

    /** A "Block" column holding A1, A2, B1 …: superset pairs, not training blocks. */
    private static boolean supersetLabels(GridSheet sheet, int fromRow, int column) {
        if (column < 0) return false;
        List<String> texts = columnTexts(sheet, fromRow, column).stream().filter(t -> !t.isBlank()).toList();
        return !texts.isEmpty() && texts.stream().allMatch(t -> SUPERSET_LABEL.matcher(t.strip()).matches());
    }

    private static List<String> columnTexts(GridSheet sheet, int fromRow, int column) {
        List<String> texts = new ArrayList<>();
        for (int r = fromRow; r < sheet.rowCount(); r++) texts.add(sheet.text(r, column));
        return texts;
    }

    /** Every column, read once: values() copies the array at each call, and this runs per table row. */
    private static final Column[] COLUMNS = Column.values();

    /** The prescription cells of one table row, by field. */
    public static Map<Field, SourceCell> cells(TableHeader header, int row) {
        GridSheet sheet = header.sheet();
        Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
        for (Column column : COLUMNS) {
            int c = column.field() == null ? -1 : header.column(column);
            if (c >= 0) cells.put(column.field(), new SourceCell(sheet.ref(row, c), sheet.text(row, c)));
        }
        // an Order cell of "w/u" or "WU" instead of a number marks the warm-up row when no Type column does
        int order = header.column(Column.ORDER);
        if (!cells.containsKey(Field.TYPE) && order >= 0 && FreeText.isWarmup(sheet.text(row, order))) {
            cells.put(Field.TYPE, new SourceCell(sheet.ref(row, order), sheet.text(row, order)));
        }
        return cells;
    }

    /** The prescription field a column holds, or null for layout columns (Week, Day, …). */

    /** Rows such as "Rest Day" or "Total" are not exercises. */
    public static boolean isExercise(String text) {
        if (text.isBlank()) return false;
        String name = text.strip();
        return !(NOT_EXERCISE_STARTS.indexOf(name.charAt(0)) >= 0 && NOT_AN_EXERCISE.matcher(name).matches());
    }

    /** The first letters NOT_AN_EXERCISE can match (ASCII, in either case, as its (?i) reads): other names skip it. */
    private static final String NOT_EXERCISE_STARTS = "\u2014-nNtTsSwWrRoOdDaA";

    /** The cell's value, or the last value seen above when the cell is blank. */
    private static SourceCell carry(GridSheet sheet, int row, int column, SourceCell previous) {
        if (column < 0) return previous;
        String text = sheet.text(row, column);
        return text.isEmpty() ? previous : new SourceCell(sheet.ref(row, column), text);
    }
}
