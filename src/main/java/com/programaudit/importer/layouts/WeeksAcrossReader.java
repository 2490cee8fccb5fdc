package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.*;
import com.programaudit.importer.words.*;
import com.programaudit.importer.assembly.*;

import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Layout 3, weeks across: exercise rows down, weeks as column groups, either under a (merged)
 * "Week 1" label over Sets | Reps | RIR, or in headers like "W1 Sets" / "Wk1 RPE". Sessions are title
 * rows; a sheet may stand for a block ("Hypertrophy (W1-3)").
 */
public final class WeeksAcrossReader {
    private static final Pattern WEEK_LABEL = Pattern.compile("(?i)^\\s*(?:week|wk|w)\\s*\\.?\\s*(\\d+)\\b\\s*(.*)$");

    private WeeksAcrossReader() { }

    /** Per column: the week label it belongs to (or null for shared columns) and the column's field. */
    private record AcrossHeader(int headerRow, Map<Integer, SourceCell> weekOf, Map<Integer, Column> fieldOf, int exerciseCol) {
        public boolean hasWeeks() { return !weekOf.isEmpty(); }
        public long weekCount() { return weekOf.values().stream().map(SourceCell::getText).distinct().count(); }
    }

    /** The header row holds column groups for two or more weeks ("W1 Sets … W2 Sets …"). */
    public static boolean hasWeekGroups(GridSheet sheet, TableHeader header) {
        return layout(sheet, header.row()).weekCount() >= 2;
    }

    public static List<RawEntry> read(Grid grid) {
        List<RawEntry> rows = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            Optional<TableHeader> header = TableHeader.find(sheet, 0);
            if (header.isEmpty()) continue;
            AcrossHeader layout = layout(sheet, header.get().row());
            if (layout.hasWeeks()) rows.addAll(readSheet(sheet, layout));
        }
        return rows;
    }

    private static AcrossHeader layout(GridSheet sheet, int headerRow) {
        Map<Integer, SourceCell> weekOf = new LinkedHashMap<>();
        Map<Integer, Column> fieldOf = new LinkedHashMap<>();
        int exerciseCol = -1;
        SourceCell carried = null; // a week label over the first column of its group only (CSV of a merged cell)
        for (int c = 0; c < sheet.width(headerRow); c++) {
            String text = sheet.text(headerRow, c);
            Matcher inHeader = WEEK_LABEL.matcher(text);
            String above = sheet.text(headerRow - 1, c);
            Matcher overHeader = WEEK_LABEL.matcher(above);
            Optional<Column> column;
            if (inHeader.matches() && isWeekOnly(inHeader.group(2))) {
                // "Week 1 | Week 2 | Week 4 (Deload)": one cell per week holding the whole prescription ("3x5 @ RIR 2")
                column = Optional.of(Column.SETS_X_REPS);
                weekOf.put(c, new SourceCell(sheet.ref(headerRow, c), text));
                carried = null;
            } else if (inHeader.matches() && !inHeader.group(2).isBlank()) {
                column = HeaderWords.columnOf(inHeader.group(2));
                if (column.isPresent()) weekOf.put(c, new SourceCell(sheet.ref(headerRow, c), "Week " + inHeader.group(1)));
                carried = null;
            } else {
                column = HeaderWords.columnOf(text);
                if (overHeader.matches()) carried = new SourceCell(sheet.ref(headerRow - 1, c), above);
                else if (!above.isEmpty() || text.isEmpty() || column.isEmpty()) carried = null;
                SourceCell owner = carried;
                if (owner != null && column.isPresent() && !weekHas(weekOf, fieldOf, owner, column.get())) {
                    weekOf.put(c, owner);
                } else if (!overHeader.matches()) {
                    carried = null;
                }
            }
            int col = c;
            column.ifPresent(value -> fieldOf.put(col, value));
            if (column.orElse(null) == Column.EXERCISE && exerciseCol < 0) exerciseCol = c;
        }
        return new AcrossHeader(headerRow, weekOf, fieldOf, exerciseCol);
    }

    /** What follows "Week 1" in a header that names only the week: nothing, a dash, "(Deload)", "- Intro". */
    private static final Pattern ANY_LINE = Pattern.compile("(?i)^[(\\-\u2013:]?.*");
    private static final Pattern FIELD_WORD = Pattern.compile("(?i).*\\b(?:sets?|reps?|rir|rpe|load|weight|kg|notes?)\\b.*");

    private static boolean isWeekOnly(String rest) {
        String t = rest.strip();
        return t.isEmpty() || (HeaderWords.columnOf(t).isEmpty() && ANY_LINE.matcher(t).matches() && t.length() <= 30
                && !FIELD_WORD.matcher(t).matches());
    }

    /** Whether the week's column group already has this field: a second Reps starts another group. */
    private static boolean weekHas(Map<Integer, SourceCell> weekOf, Map<Integer, Column> fieldOf, SourceCell week,
                                   Column column) {
        return weekOf.entrySet().stream().anyMatch(e -> e.getValue().getText().equals(week.getText())
                && fieldOf.get(e.getKey()) == column);
    }

    private static List<RawEntry> readSheet(GridSheet sheet, AcrossHeader layout) {
        List<RawEntry> rows = new ArrayList<>();
        SourceCell block = Keywords.blockType(sheet.name()) != com.programaudit.model.BlockType.NONE
                ? new SourceCell(sheet.ref(0, 0), sheet.name()) : null;
        SourceCell day = null;
        int dayCol = layout.fieldOf().entrySet().stream().filter(e -> e.getValue() == Column.DAY
                && !layout.weekOf().containsKey(e.getKey())).mapToInt(Map.Entry::getKey).findFirst().orElse(-1);
        Map<String, SourceCell> weeks = new LinkedHashMap<>();
        layout.weekOf().values().forEach(w -> weeks.putIfAbsent(w.getText(), w));
        for (int r = layout.headerRow() + 1; r < sheet.rowCount(); r++) {
            if (sheet.isBlankRow(r)) continue;
            String exercise = layout.exerciseCol() < 0 ? "" : sheet.text(r, layout.exerciseCol());
            Optional<SourceCell> title = SheetPerWeekReader.title(sheet, r);
            // a merged title fills every cell, the exercise column included; an unmerged one (CSV) sits
            // alone in the exercise column and reads like a session title
            boolean isTitle = title.isPresent() && (sheet.filledCells(r) >= 2 || !exercise.equals(title.get().getText())
                    || Keywords.isSessionTitle(exercise));
            if (isTitle) {
                day = title.get();
                continue;
            }
            if (dayCol >= 0 && !sheet.text(r, dayCol).isEmpty()) day = new SourceCell(sheet.ref(r, dayCol), sheet.text(r, dayCol));
            if (!LogTableReader.isExercise(exercise) || TableHeader.at(sheet, r).isPresent()) continue;
            for (SourceCell week : weeks.values()) {
                Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
                boolean any = false;
                for (Map.Entry<Integer, Column> f : layout.fieldOf().entrySet()) {
                    SourceCell owner = layout.weekOf().get(f.getKey());
                    if (owner != null && !owner.getText().equals(week.getText())) continue;
                    Field field = f.getValue().field();
                    if (field == null) continue;
                    SourceCell cell = new SourceCell(sheet.ref(r, f.getKey()), sheet.text(r, f.getKey()));
                    cells.putIfAbsent(field, cell);
                    if (owner != null && !cell.isBlank()) any = true;
                }
                if (any) {
                    rows.add(new RawEntry("", block, week, day, new SourceCell(sheet.ref(r, layout.exerciseCol()), exercise),
                            cells, Keywords.isDeload(week.getText())));
                }
            }
        }
        return rows;
    }
}
