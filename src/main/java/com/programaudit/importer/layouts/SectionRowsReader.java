package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Keywords;
import com.programaudit.importer.words.ValueParser;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one sheet written as section rows rather than a table: a week title row ("Week1",
 * "1 неделя"), a session title row ("Monday", "тр. №3"), then lift rows. Titles may also lead each
 * row (a merged week/session column). A lift row is the lift's name followed by its sets, written as
 * <ul>
 *   <li>load / reps pairs across ({@code 35 | x8 | 42.5 | x6 | … | x8+}: nSuns),</li>
 *   <li>one scheme cell ({@code 50% 5x1, 60% 4x2}, {@code 6 по 2}, {@code 3x8}),</li>
 *   <li>plain numbers, one per set, each the set's reps (Sheiko accessories);</li>
 * </ul>
 * or the lift's name alone ({@code Squat:}) followed by set rows ({@code Set 1 : | 40 | x 5}: 5/3/1
 * generators). Rows of numbers under a lift (loads, reps, tonnage worked out from its scheme) and
 * lines whose cells hold no number ("Assistance: | Chest, Arms") are not entries.
 */
final class SectionRowsReader {
    private static final Pattern NUMBER = Pattern.compile("^-?\\d+(?:[.,]\\d+)?$");
    /** "x8", "x 5", "x1+", "×5": the reps half of a load / reps pair. */
    private static final Pattern X_REPS = Pattern.compile("^x\\s*\\d{1,3}\\s*\\+?$");
    private static final Pattern DIGIT = Pattern.compile("\\d");
    /** Instruction sentences are not lift names. */
    private static final int LONGEST_NAME = 60;

    private final GridSheet sheet;
    private final boolean deloadSheet;
    private final List<RawEntry> rows = new ArrayList<>();
    private SourceCell week;
    private SourceCell day;
    /** A lift title row waiting for its set rows. */
    private SourceCell lift;
    /** The week and session titles seen; rows above the first are inputs or instructions. */
    private final java.util.Set<String> titles = new java.util.HashSet<>();
    private boolean setRows;
    /** Weeks written across ("Week 1 | Week 2 | …" over the lifts), once such a row is seen. */
    private SectionWeekColumns across;

    private SectionRowsReader(GridSheet sheet) {
        this.sheet = sheet;
        this.deloadSheet = Keywords.isDeload(sheet.name());
    }

    static List<RawEntry> read(GridSheet sheet) {
        SectionRowsReader reader = new SectionRowsReader(sheet);
        for (int r = 0; r < sheet.rowCount(); r++) {
            if (!sheet.isBlankRow(r)) reader.row(cellsOf(sheet, r));
        }
        if (!reader.isSectioned()) return List.of();
        return reader.across == null ? reader.rows : reader.across.byWeek(reader.rows);
    }

    /** Two titles or more (weeks, sessions), or set rows under a lift: one lone title is a table's group heading. */
    private boolean isSectioned() {
        return titles.size() >= 2 || setRows;
    }

    private void row(List<SourceCell> cells) {
        Optional<SectionWeekColumns> weeksAcross = SectionWeekColumns.of(cells);
        if (weeksAcross.isPresent()) {
            across = weeksAcross.get();
            cells.forEach(c -> titles.add(c.getText()));
            return;
        }
        int i = 0;
        for (; i < cells.size(); i++) {
            SourceCell cell = cells.get(i);
            if (SectionWords.weekNumber(cell.getText()).isPresent()) {
                if (week == null || !week.getText().equals(cell.getText())) day = null;
                week = cell;
                titles.add(cell.getText());
            } else if (SectionWords.isSessionTitle(cell.getText())) {
                day = new SourceCell(cell.getRef(), SectionWords.sessionLabel(cell.getText()));
                titles.add(cell.getText());
            } else {
                break;
            }
        }
        List<SourceCell> rest = cells.subList(i, cells.size());
        if (rest.isEmpty() || (titles.isEmpty() && lift == null && SectionWords.setNumber(rest.get(0).getText()).isEmpty()
                && !isLiftTitle(rest))) {
            return;
        }
        SourceCell first = rest.get(0);
        if (across != null && across.holds(first)) {
            across.more(rest, day, deloadSheet, rows);
            return;
        }
        Optional<Integer> setNumber = SectionWords.setNumber(first.getText());
        if (setNumber.isPresent()) {
            if (lift != null) setRow(setNumber.get(), rest.subList(1, rest.size()));
            setRows |= lift != null;
            return;
        }
        if (isNumber(first.getText())) return;
        lift = null;
        String name = first.getText().strip().replaceAll("\\s*:$", "");
        // "75% x 5" leading a row is a set, not a lift's name
        if (name.length() > LONGEST_NAME || !LogTableReader.isExercise(name) || !SchemeList.read(name).isEmpty()) return;
        SourceCell exercise = new SourceCell(first.getRef(), name);
        List<SourceCell> sets = rest.subList(1, rest.size());
        if (across != null) {
            across.lift(exercise, sets, day, deloadSheet, rows);
            return;
        }
        if (sets.isEmpty()) {
            lift = exercise;
        } else if (sets.stream().anyMatch(c -> DIGIT.matcher(c.getText()).find())) {
            liftRow(exercise, sets);
        }
    }

    /** "Set 2 : | 50 | x 5" under a lift title. */
    private void setRow(int number, List<SourceCell> cells) {
        Map<Field, SourceCell> fields = new EnumMap<>(Field.class);
        for (SourceCell cell : cells) {
            String t = ValueParser.clean(cell.getText());
            if (X_REPS.matcher(t).matches()) fields.putIfAbsent(Field.REPS, cell);
            else if (fields.containsKey(Field.LOAD)) fields.putIfAbsent(Field.REPS, cell);
            else fields.put(Field.LOAD, cell);
        }
        if (!fields.containsKey(Field.REPS)) return;
        fields.put(Field.SET_NUMBER, new SourceCell(cells.isEmpty() ? lift.getRef() : cells.get(0).getRef(),
                String.valueOf(number)));
        add(lift, fields);
    }

    private void liftRow(SourceCell exercise, List<SourceCell> cells) {
        if (cells.size() == 1) {
            schemeCell(exercise, cells.get(0));
        } else if (isPairs(cells)) {
            for (int p = 0; p + 1 < cells.size(); p += 2) {
                addSet(exercise, p / 2 + 1, cells.get(p + 1), cells.get(p));
            }
        } else if (cells.stream().allMatch(c -> isNumber(c.getText()))) {
            for (int s = 0; s < cells.size(); s++) addSet(exercise, s + 1, cells.get(s), null);
        } else if (cells.stream().allMatch(c -> !SchemeList.read(c.getText()).isEmpty())) {
            // "65% x 8 | 75% x 6 | … | 65% x 8+": a cell per set under "Set 1 | Set 2" headings
            int number = 1;
            for (SourceCell cell : cells) number = addSchemeSets(exercise, cell, SchemeList.read(cell.getText()), number);
        }
    }

    /** "50% 5x1, 60% 4x2" set by set, or a plain "3x8" handed on as a sets × reps cell. */
    private void schemeCell(SourceCell exercise, SourceCell cell) {
        List<SchemeList.PlannedSet> sets = SchemeList.read(cell.getText());
        if (!sets.isEmpty()) {
            addSchemeSets(exercise, cell, sets, 1);
        } else if (ValueParser.setsAndReps(cell.getText()).isPresent()) {
            Map<Field, SourceCell> fields = new EnumMap<>(Field.class);
            fields.put(Field.SETS_X_REPS, cell);
            add(exercise, fields);
        }
    }

    /** The sets one cell lists, numbered from {@code number}; the number after the last. */
    private int addSchemeSets(SourceCell exercise, SourceCell cell, List<SchemeList.PlannedSet> sets, int number) {
        for (SchemeList.PlannedSet set : sets) {
            addSet(exercise, number++, new SourceCell(cell.getRef(), set.reps()),
                    set.load().isEmpty() ? null : new SourceCell(cell.getRef(), set.load()));
        }
        return number;
    }

    private void addSet(SourceCell exercise, int number, SourceCell reps, SourceCell load) {
        rows.add(SetRowEntry.of(week, day, exercise, number, reps, load, deloadSheet));
    }

    private void add(SourceCell exercise, Map<Field, SourceCell> fields) {
        rows.add(new RawEntry("", null, week, day, exercise, fields, deloadSheet));
    }

    /** "Squat:" alone on its row: a lift whose set rows follow (generators write no week or day titles). */
    private static boolean isLiftTitle(List<SourceCell> cells) {
        return cells.size() == 1 && cells.get(0).getText().strip().endsWith(":");
    }

    /** "35 | x8 | 42.5 | x6": a load, then its reps, at least twice. */
    private static boolean isPairs(List<SourceCell> cells) {
        if (cells.size() < 4 || cells.size() % 2 != 0) return false;
        for (int p = 0; p < cells.size(); p += 2) {
            if (!isNumber(cells.get(p).getText())) return false;
            if (!X_REPS.matcher(ValueParser.clean(cells.get(p + 1).getText())).matches()) return false;
        }
        return true;
    }

    /** "85% x 4", "5 x 10": sets written in a cell. */
    private static boolean isSets(String text) {
        return !SchemeList.read(text).isEmpty() || ValueParser.setsAndReps(text).isPresent();
    }

    private static boolean isNumber(String text) { return NUMBER.matcher(text.strip()).matches(); }

    /**
     * The row's written cells left to right. A merged title is filled into every cell it covers, so a
     * text repeated in the next cell is read once; repeated numbers and sets ("85% x 4" twice) are separate sets.
     */
    private static List<SourceCell> cellsOf(GridSheet sheet, int r) {
        List<SourceCell> cells = new ArrayList<>();
        String previous = null;
        for (int c = 0; c < sheet.width(r); c++) {
            String text = sheet.text(r, c);
            if (text.isEmpty()) {
                previous = null;
                continue;
            }
            if (!text.equals(previous) || isNumber(text) || isSets(text)) cells.add(new SourceCell(sheet.ref(r, c), text));
            previous = text;
        }
        return cells;
    }
}
