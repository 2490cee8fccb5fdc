package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Linear;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads weeks laid across under dated headers. Each date column is a session of the week it names
 * (two columns with the same date: two sessions). Rows without a prescription (muscle-group rows such
 * as {@code CHEST (14265)}, exercises not done) give nothing; a later table whose dates were all read
 * already is a copy, not more training.
 */
final class DatedWeeksAcrossReader {
    private static final Pattern WEEK_OF = Pattern.compile(
            "(?i)^\\s*(?:week|wk)\\s+(?:of|starting|beginning|commencing)\\b.*");
    private static final Pattern DATE = Pattern.compile(
            "^\\s*(?:\\d{1,2}[/.-]\\d{1,2}(?:[/.-]\\d{2,4})?|\\d{4}-\\d{2}-\\d{2})(?:[ T].*)?$");
    /** One part of a cell: "2x8@95", "3 x 10 @ 40kg". */
    private static final Pattern PART = Pattern.compile(
            Linear.SPACES_BEFORE + "(\\d{1,2})\\s*[x×*]\\s*(\\d{1,3}(?:\\s*-\\s*\\d{1,3})?)\\s*+(?:@\\s*([\\d.,]+\\s*+(?:kg|kgs|lb|lbs|%)?))?\\s*+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PARTS = Pattern.compile("(?:" + PART.pattern() + ")(?:[,;](?:" + PART.pattern() + "))*",
            Pattern.CASE_INSENSITIVE);
    /** "Bench Press (6255)": the volume a formula adds to the name. */
    private static final Pattern TRAILING_NUMBER = Pattern.compile(Linear.SPACES_BEFORE + "\\(\\s*[\\d.,]+\\s*\\)\\s*$");
    private static final int MIN_DATES = 2;

    private DatedWeeksAcrossReader() { }

    /** A header found: its row, the column of exercise names and the date columns. */
    private record Header(int row, int nameColumn, List<Integer> dateColumns) { }

    static List<RawEntry> read(Grid grid) {
        List<RawEntry> rows = new ArrayList<>();
        Set<String> datesRead = new HashSet<>();
        for (GridSheet sheet : grid.sheets()) {
            List<Header> headers = headers(sheet);
            for (int i = 0; i < headers.size(); i++) {
                Header header = headers.get(i);
                List<String> dates = header.dateColumns().stream().map(c -> sheet.text(header.row(), c)).toList();
                if (datesRead.containsAll(dates)) continue; // a copy of a table read above
                int end = i + 1 < headers.size() ? headers.get(i + 1).row() : sheet.rowCount();
                rows.addAll(table(sheet, header, end));
                datesRead.addAll(dates);
            }
        }
        return rows;
    }

    private static List<Header> headers(GridSheet sheet) {
        List<Header> headers = new ArrayList<>();
        for (int r = 0; r < sheet.rowCount(); r++) {
            for (int c = 0; c < sheet.width(r); c++) {
                if (sheet.text(r, c).isEmpty()) continue;
                if (!WEEK_OF.matcher(sheet.text(r, c)).matches()) break;
                List<Integer> dates = new ArrayList<>();
                for (int d = c + 1; d < sheet.width(r); d++) if (DATE.matcher(sheet.text(r, d)).matches()) dates.add(d);
                if (dates.size() >= MIN_DATES) headers.add(new Header(r, c, dates));
                break;
            }
        }
        return headers;
    }

    /** Column by column (week by week), the exercises with something written under that date. */
    private static List<RawEntry> table(GridSheet sheet, Header header, int end) {
        List<RawEntry> rows = new ArrayList<>();
        Map<String, Integer> sessionsOfDate = new LinkedHashMap<>();
        for (int column : header.dateColumns()) {
            String date = sheet.text(header.row(), column);
            int session = sessionsOfDate.merge(date, 1, Integer::sum);
            SourceCell week = new SourceCell(sheet.ref(header.row(), column), date);
            SourceCell day = new SourceCell(sheet.ref(header.row(), column), "Session " + session);
            for (int r = header.row() + 1; r < end; r++) {
                String text = sheet.text(r, column);
                String name = TRAILING_NUMBER.matcher(sheet.text(r, header.nameColumn())).replaceFirst("").strip();
                if (name.isEmpty() || !PARTS.matcher(text).matches()) continue;
                SourceCell exercise = new SourceCell(sheet.ref(r, header.nameColumn()), name);
                Matcher part = PART.matcher(text);
                while (part.find()) {
                    // each "sets x reps @ load" part as a row of its own; consecutive rows make one entry
                    Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
                    cells.put(Field.SETS, new SourceCell(sheet.ref(r, column), part.group(1)));
                    cells.put(Field.REPS, new SourceCell(sheet.ref(r, column), part.group(2)));
                    if (part.group(3) != null) cells.put(Field.LOAD, new SourceCell(sheet.ref(r, column), part.group(3).strip()));
                    rows.add(new RawEntry("", null, week, day, exercise, cells, false));
                }
            }
        }
        return rows;
    }
}
