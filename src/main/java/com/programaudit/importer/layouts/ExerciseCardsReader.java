package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.HeaderWords;
import com.programaudit.importer.words.Column;
import com.programaudit.importer.words.Keywords;
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
 * Reads exercise cards: per sheet, each SET / WEIGHT / REPS header with the title above it (the
 * exercise) and the set rows below it, under the nearest day title. Cards beside the first column of
 * cards are read only when they carry their own day title and are not marked as alternatives.
 */
final class ExerciseCardsReader {
    /** Sheets that hold numbers about the training, not the training. */
    private static final Pattern NOT_TRAINING_SHEET = Pattern.compile(
            "(?i).*\\b(?:analytics?|progress|properties|scripts?|dashboard|charts?|stats|statistics|summary|settings"
                    + "|weight log|body ?weight|measurements?|nutrition|macros)\\b.*");
    /** A second copy of a week: the master it was copied from, a copy, a template. */
    private static final Pattern COPY_SHEET = Pattern.compile("(?i).*\\b(?:master|copy|template|backup|old)\\b.*");
    private static final Pattern PLAIN_WEEK = Pattern.compile("(?i)^\\s*(?:week|wk)\\s*\\.?\\s*\\d+\\s*$");
    private static final Pattern WEEK_NUMBER = Pattern.compile("(?i)\\b(?:week|wk)\\s*\\.?\\s*(\\d+)\\b");
    private static final Pattern DAY_TITLE = Pattern.compile(
            "(?i)^(?:day|session|workout)\\s*[#.]?\\s*\\d+\\b.*|^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b.*");
    private static final Pattern SET_NUMBER = Pattern.compile("(?i)^(?:set\\s*)?\\d{1,2}(?:\\.0)?$");
    private static final Pattern NUMBER = Pattern.compile("^[\\d.,\\s%-]+$");
    /** "Working Set", "Down sets": a title that continues the card above rather than naming an exercise. */
    private static final Pattern SET_WORDS = Pattern.compile(
            "(?i)^(?:working|work|down|back[- ]?off|top|drop|warm[- ]?up|ramp(?:ing)?)?\\s*sets?\\b.*");
    private static final Pattern ALTERNATIVE = Pattern.compile("(?i)\\balternat(?:e|es|ive|ives)\\b");
    /** "1.", "A2)", "Exercise 3:", "Exercise:" before the exercise's name in a card's title. */
    private static final Pattern LEADING_NUMBER = Pattern.compile(
            "^\\s*(?:(?:exercise|exercice|ejercicio|exerc[íi]cio|esercizio|[üu]bung)\\s*#?\\s*\\d{0,2}|\\d{1,2}|[A-Ha-h]\\d?)\\s*[.):-]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Label rows between a title and its table: "CURRENT MAX", "HOW TO MAX PROPERLY", "WATCH THIS FIRST". */
    private static final Pattern LABEL = Pattern.compile("(?i).*\\bmax\\b.*|^(?:watch|click|how to|read|press|swipe|tap|see)\\b.*");
    /** A reps cell is short ("8 - 12", "REP OUT"); a paragraph in that column is text below the cards. */
    private static final int REPS_CHARS = 24;
    /** Label rows ("DOWN SETS", "PROCEED TO DOWN SETS") may stand between sets; more rows than this end the card. */
    private static final int ROWS_BETWEEN_SETS = 6;
    private static final int TITLE_ROWS = 5;

    private ExerciseCardsReader() { }

    static List<RawEntry> read(Grid grid) {
        Map<GridSheet, List<CardHeader>> headers = new LinkedHashMap<>();
        for (GridSheet sheet : grid.sheets()) {
            if (NOT_TRAINING_SHEET.matcher(sheet.name()).matches()) continue;
            List<CardHeader> found = headers(sheet);
            if (!found.isEmpty()) headers.put(sheet, found);
        }
        List<RawEntry> rows = new ArrayList<>();
        for (GridSheet sheet : trainingSheets(grid, headers.keySet())) rows.addAll(readSheet(sheet, headers.get(sheet)));
        return rows;
    }

    /** Sheets with cards, minus second copies of a week. */
    private static List<GridSheet> trainingSheets(Grid grid, java.util.Collection<GridSheet> withCards) {
        Map<String, List<GridSheet>> byWeek = new LinkedHashMap<>();
        for (GridSheet sheet : withCards) {
            String key = weekNumber(sheet).map(n -> "week " + n).orElse("sheet " + sheet.name());
            byWeek.computeIfAbsent(key, k -> new ArrayList<>()).add(sheet);
        }
        List<GridSheet> kept = new ArrayList<>();
        for (List<GridSheet> copies : byWeek.values()) {
            GridSheet chosen = copies.stream().filter(s -> PLAIN_WEEK.matcher(s.name()).matches()).findFirst()
                    .orElse(copies.stream().filter(s -> !COPY_SHEET.matcher(s.name()).matches()).findFirst()
                            .orElse(copies.get(0)));
            kept.add(chosen);
        }
        kept.sort((a, b) -> grid.sheets().indexOf(a) - grid.sheets().indexOf(b));
        return kept;
    }

    /** The week a sheet holds: from its name ("WEEK 3", "Copy of Week 3"), else its "Week 3" title near the top. */
    private static Optional<Integer> weekNumber(GridSheet sheet) {
        Matcher name = WEEK_NUMBER.matcher(sheet.name());
        if (name.find()) return Optional.of(Integer.parseInt(name.group(1)));
        for (int r = 0; r < Math.min(sheet.rowCount(), 15); r++) {
            for (int c = 0; c < Math.min(sheet.width(r), 3); c++) {
                if (PLAIN_WEEK.matcher(sheet.text(r, c)).matches()) return Keywords.number(sheet.text(r, c));
            }
        }
        return Optional.empty();
    }

    private static List<CardHeader> headers(GridSheet sheet) {
        List<CardHeader> headers = new ArrayList<>();
        for (int r = 0; r < sheet.rowCount(); r++) {
            for (int c = 0; c < sheet.width(r); c++) {
                Optional<CardHeader> header = CardHeader.at(sheet, r, c);
                if (header.isPresent()) {
                    headers.add(header.get());
                    c = header.get().last();
                }
            }
        }
        return headers;
    }

    private static List<RawEntry> readSheet(GridSheet sheet, List<CardHeader> headers) {
        int mainColumn = headers.stream().mapToInt(CardHeader::first).min().orElse(0);
        SourceCell week = new SourceCell(sheet.ref(0, 0), sheet.name().strip());
        boolean deload = Keywords.isDeload(sheet.name());
        Map<Integer, SourceCell> lastExercise = new LinkedHashMap<>();
        List<RawEntry> rows = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            CardHeader header = headers.get(i);
            SourceCell day = dayAbove(sheet, header);
            if (header.first() != mainColumn && (day == null || isAlternative(sheet, header, headers))) continue;
            SourceCell title = titleAbove(sheet, header);
            SourceCell exercise = title != null ? title : lastExercise.get(header.first());
            if (exercise == null) continue;
            lastExercise.put(header.first(), exercise);
            // a "Working Set" table under the same exercise goes on counting its sets: one entry, not two
            rows.addAll(setRows(sheet, header, headers, week, day, exercise, deload, title != null));
        }
        return rows;
    }

    /** The rows under a card header that hold a set: a set number (or none) and reps. */
    private static List<RawEntry> setRows(GridSheet sheet, CardHeader header, List<CardHeader> headers, SourceCell week,
                                          SourceCell day, SourceCell exercise, boolean deload, boolean numbered) {
        List<RawEntry> rows = new ArrayList<>();
        int repsCol = header.column(Column.REPS);
        int exerciseCol = header.column(Column.EXERCISE);
        int lastSet = header.row();
        for (int r = header.row() + 1; r < sheet.rowCount() && r - lastSet <= ROWS_BETWEEN_SETS; r++) {
            int row = r;
            if (headers.stream().anyMatch(h -> h.row() == row && h.covers(header.first()))) break;
            if (DAY_TITLE.matcher(sheet.text(r, header.first())).matches()) break;
            String set = sheet.text(r, header.first());
            String reps = sheet.text(r, repsCol);
            if (reps.isEmpty() || reps.length() > REPS_CHARS || !(set.isEmpty() || SET_NUMBER.matcher(set).matches())) continue;
            lastSet = r;
            Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
            put(cells, Field.REPS, sheet, r, repsCol);
            put(cells, Field.LOAD, sheet, r, header.column(Column.LOAD));
            put(cells, Field.RIR, sheet, r, header.column(Column.RIR));
            put(cells, Field.RPE, sheet, r, header.column(Column.RPE));
            put(cells, Field.NOTES, sheet, r, header.column(Column.NOTES));
            if (numbered && !set.isEmpty()) put(cells, Field.SET_NUMBER, sheet, r, header.first());
            SourceCell name = exerciseCol >= 0 && !sheet.text(r, exerciseCol).isEmpty()
                    ? new SourceCell(sheet.ref(r, exerciseCol), sheet.text(r, exerciseCol)) : exercise;
            rows.add(new RawEntry("", null, week, day, name, cells, deload));
        }
        return rows;
    }

    private static void put(Map<Field, SourceCell> cells, Field field, GridSheet sheet, int row, int column) {
        if (column >= 0) cells.put(field, new SourceCell(sheet.ref(row, column), sheet.text(row, column)));
    }

    /** The nearest day title above the card, within the card's own columns. */
    private static SourceCell dayAbove(GridSheet sheet, CardHeader header) {
        for (int r = header.row() - 1; r >= 0; r--) {
            for (int c = header.first(); c <= header.last(); c++) {
                String text = sheet.text(r, c);
                if (DAY_TITLE.matcher(text).matches()) return new SourceCell(sheet.ref(r, c), text);
            }
        }
        return null;
    }

    /**
     * The exercise a card is titled with: the nearest text above the header that spans the card (a
     * merged title), else one standing alone in its first column; null for "Working Set" and the like.
     */
    private static SourceCell titleAbove(GridSheet sheet, CardHeader header) {
        SourceCell alone = null;
        for (int r = header.row() - 1; r >= Math.max(0, header.row() - TITLE_ROWS); r--) {
            String text = sheet.text(r, header.first());
            if (text.isEmpty() || NUMBER.matcher(text).matches()) continue;
            if (DAY_TITLE.matcher(text).matches() || CardHeader.at(sheet, r, header.first()).isPresent()) break;
            boolean spans = true;
            boolean aloneInRow = true;
            for (int c = header.first() + 1; c <= header.last(); c++) {
                spans &= sheet.text(r, c).equals(text);
                aloneInRow &= sheet.text(r, c).isEmpty();
            }
            if (LABEL.matcher(text).matches()) continue;
            // "Exercise: | Bench Press": the title's label in the first column, the name beside it
            String beside = sheet.text(r, header.first() + 1);
            if (!beside.isEmpty() && HeaderWords.columnOf(text).orElse(null) == Column.EXERCISE) {
                return exercise(sheet, r, header.first() + 1, beside);
            }
            if (spans && header.last() > header.first()) return exercise(sheet, r, header.first(), text);
            if (aloneInRow && alone == null) alone = exercise(sheet, r, header.first(), text);
        }
        return alone;
    }

    private static SourceCell exercise(GridSheet sheet, int row, int column, String text) {
        if (SET_WORDS.matcher(text).matches()) return null;
        String name = LEADING_NUMBER.matcher(text).replaceFirst("").strip();
        return name.isEmpty() ? null : new SourceCell(sheet.ref(row, column), name);
    }

    /** "ALTERNATE" written beside or above a card to the right: another choice, not more training. */
    private static boolean isAlternative(GridSheet sheet, CardHeader header, List<CardHeader> headers) {
        int from = headers.stream().filter(h -> h.row() == header.row() && h.last() < header.first())
                .mapToInt(h -> h.last() + 1).max().orElse(0);
        for (int r = Math.max(0, header.row() - TITLE_ROWS); r <= header.row(); r++) {
            for (int c = from; c <= header.last(); c++) {
                if (ALTERNATIVE.matcher(sheet.text(r, c)).find()) return true;
            }
        }
        return false;
    }
}
