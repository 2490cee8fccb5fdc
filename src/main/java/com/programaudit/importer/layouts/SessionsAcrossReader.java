package com.programaudit.importer.layouts;

import com.programaudit.catalog.ExerciseCatalog;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.CellPrescription;
import com.programaudit.importer.words.Keywords;
import com.programaudit.importer.words.SessionWords;
import com.programaudit.model.Field;
import com.programaudit.model.SourceCell;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one sheet laid out with sessions side by side: a row of session headings ("Push A | Pull A |
 * Legs A", "Day 1 | Day 2"), under each a column of exercise cells that hold their prescription
 * ("Bench Press 3 x 8-10") or have it in the paired column to the right ("treino A | repetições A").
 * A name alone over prescription-only cells ("Squat" over "75 kg x 6" rows) names those cells.
 * Weeks come from week title rows or from the labels left of the sessions (a date, "Week 2");
 * without them the sheet is one week.
 */
final class SessionsAcrossReader {
    /** A session column's exercise cell, before the sheet's sets × reps habit is known. */
    private record Found(int row, int column, int headerRow, SourceCell week, SourceCell day, SourceCell exercise,
                         CellPrescription prescription, SourceCell prescriptionCell, Map<Field, SourceCell> cells) {
        Found(int row, int column, int headerRow, SourceCell week, SourceCell day, SourceCell exercise,
              CellPrescription prescription, SourceCell prescriptionCell) {
            this(row, column, headerRow, week, day, exercise, prescription, prescriptionCell, null);
        }

        Found inWeek(SourceCell otherWeek) {
            return new Found(row, column, headerRow, otherWeek, day, exercise, prescription, prescriptionCell, cells);
        }
    }

    /**
     * What the column right of a session's column holds: its prescription, said by its heading
     * ("repetições A"); perhaps its prescription (no heading of its own, or the session's merged
     * heading); or something else.
     */
    private enum Beside { PRESCRIPTION, MAYBE, NOTHING }

    private static final CellPrescription NOTHING_IN_CELL = CellPrescription.parse("");

    /** What a sheet gave: its entries and how it was read, for the reading's {@code why}. */
    record SheetReading(List<RawEntry> rows, List<String> sessions, String where, String order, String weeks) { }

    private final GridSheet sheet;
    private final ExerciseCatalog catalog;
    /** The column names of the sessions' own small tables, when the sheet has them ("Exercise | Sets | Reps"). */
    private String groupColumns;

    SessionsAcrossReader(GridSheet sheet, ExerciseCatalog catalog) {
        this.sheet = sheet;
        this.catalog = catalog;
    }

    Optional<SheetReading> read() {
        List<Integer> headerRows = SessionHeadings.rows(sheet);
        if (headerRows.isEmpty()) return Optional.empty();
        AcrossWeeks weeks = new AcrossWeeks(sheet, headerRows);
        List<Found> found = new ArrayList<>();
        for (int i = 0; i < headerRows.size(); i++) {
            int end = i + 1 < headerRows.size() ? headerRows.get(i + 1) : sheet.rowCount();
            found.addAll(readHeading(headerRows.get(i), end, weeks));
        }
        if (found.isEmpty()) return Optional.empty();
        boolean labelled = found.stream().anyMatch(f -> f.week() != null);
        // a sheet per week ("Week 3") with the sessions across in each, else headings repeating
        Optional<SourceCell> sheetWeek = labelled ? Optional.empty() : weeks.ofSheet();
        Optional<Map<Integer, SourceCell>> repeated = labelled || sheetWeek.isPresent() ? Optional.empty()
                : weeks.byRepeatedHeadings();
        if (sheetWeek.isPresent()) found = found.stream().map(f -> f.inWeek(sheetWeek.get())).toList();
        if (repeated.isPresent()) found = found.stream().map(f -> f.inWeek(repeated.get().get(f.headerRow()))).toList();
        boolean repsFirst = found.stream().mapToInt(f -> f.prescription().schemeOpt().map(CellPrescription.Scheme::vote)
                .orElse(0)).sum() > 0;
        List<RawEntry> rows = new ArrayList<>();
        List<String> sessions = new ArrayList<>();
        for (Found f : inProgramOrder(found)) {
            rows.add(entry(f, repsFirst));
            if (!sessions.contains(f.day().getText())) sessions.add(f.day().getText());
        }
        long weekCount = found.stream().map(f -> f.week() == null ? "" : f.week().getText()).distinct().count();
        String weeksWhy = sheetWeek.isPresent() ? "the sheet's name is its week"
                : weekCount <= 1 ? "no week labels: one week"
                : weekCount + (labelled ? " weeks from week labels in rows" : " weeks: the session headings repeat");
        boolean paired = found.stream().anyMatch(f -> f.cells() == null && !f.prescriptionCell().getRef().equals(f.exercise().getRef()));
        String where = groupColumns != null ? "each session's own columns (" + groupColumns + ")"
                : paired ? "the column beside each exercise" : "the exercise cell";
        return Optional.of(new SheetReading(rows, sessions, where, order(found, repsFirst), weeksWhy));
    }

    /** The exercises under one row of session headings, down to the next such row. */
    private List<Found> readHeading(int header, int end, AcrossWeeks weeks) {
        List<Found> found = new ArrayList<>();
        List<Integer> columns = SessionHeadings.columns(sheet, header);
        int labelColumn = columns.get(0) - 1;
        for (int column : columns) {
            SourceCell day = cell(header, column);
            int next = columns.stream().filter(c -> c > column).findFirst().orElse(Integer.MAX_VALUE);
            Optional<SessionColumnGroup> group = SessionColumnGroup.under(sheet, header, column, next);
            if (group.isPresent()) {
                groupColumns = group.get().describe();
                found.addAll(readGroup(group.get(), end, column, header, labelColumn, day, weeks));
                continue;
            }
            String right = sheet.text(header, column + 1);
            Beside beside = columns.contains(column + 1) ? Beside.NOTHING
                    : SessionWords.isPrescriptionHeading(right) ? Beside.PRESCRIPTION
                    : right.isEmpty() || right.equals(day.getText()) ? Beside.MAYBE : Beside.NOTHING;
            found.addAll(readColumn(header, end, column, beside, labelColumn, day, weeks));
        }
        return found;
    }

    /** Week by week (in the order weeks first appear down the sheet), then heading row, session column, row. */
    private static List<Found> inProgramOrder(List<Found> found) {
        Map<String, Integer> weekOrder = new LinkedHashMap<>();
        for (Found f : found.stream().sorted(Comparator.comparingInt(Found::row)).toList()) {
            weekOrder.putIfAbsent(f.week() == null ? "" : f.week().getText(), weekOrder.size());
        }
        return found.stream().sorted(Comparator
                .comparingInt((Found f) -> weekOrder.get(f.week() == null ? "" : f.week().getText()))
                .thenComparingInt(Found::headerRow).thenComparingInt(Found::column).thenComparingInt(Found::row)).toList();
    }

    /** How "A x B" cells were read, with a cell that shows it, for the reading's why. */
    private static String order(List<Found> found, boolean repsFirst) {
        Optional<String> pair = found.stream().filter(f -> f.prescription().schemeOpt().map(s -> s.vote() != 0).orElse(false))
                .map(f -> f.prescriptionCell().getText()).findFirst();
        if (pair.isEmpty()) return "cells read as written (sets x reps, load x reps as one set)";
        return (repsFirst ? "'A x B' read as reps x sets (a rep range before the x)" : "'A x B' read as sets x reps")
                + ", e.g. '" + pair.get() + "'";
    }

    private List<Found> readGroup(SessionColumnGroup group, int end, int column, int header, int labelColumn, SourceCell day,
                                  AcrossWeeks weeks) {
        List<Found> found = new ArrayList<>();
        for (SessionColumnGroup.Row row : group.rows(end)) {
            if (!row.prescribed() && !isKnown(row.exercise().getText())) continue;
            found.add(new Found(row.row(), column, header, weeks.of(row.row(), labelColumn), day, row.exercise(),
                    NOTHING_IN_CELL, row.exercise(), row.cells()));
        }
        return found;
    }

    private List<Found> readColumn(int header, int end, int column, Beside beside, int labelColumn, SourceCell day,
                                   AcrossWeeks weeks) {
        List<Found> found = new ArrayList<>();
        SourceCell slot = null; // a name alone over prescription-only cells
        for (int r = header + 1; r < end; r++) {
            String text = sheet.text(r, column);
            if (text.isEmpty()) continue;
            SourceCell week = weeks.of(r, labelColumn);
            CellPrescription cell = CellPrescription.parse(text);
            SourceCell written = cell(r, column);
            Optional<CellPrescription> right = cell.hasName() ? besides(r, column, beside, cell) : Optional.empty();
            if (right.isPresent()) {
                CellPrescription merged = new CellPrescription(cell.name(), right.get().scheme(), right.get().load(),
                        (cell.notes() + " " + right.get().notes()).strip(), right.get().effort(),
                        cell.warmup() || right.get().warmup());
                found.add(new Found(r, column, header, week, day, named(written, cell.name()), merged, cell(r, column + 1)));
            } else if (beside == Beside.PRESCRIPTION && cell.hasName()) {
                if (cell.hasPrescription() || isKnown(cell.name())) {
                    found.add(new Found(r, column, header, week, day, named(written, cell.name()), cell, written));
                }
            } else if (cell.hasName() && cell.hasPrescription()) {
                found.add(new Found(r, column, header, week, day, named(written, cell.name()), cell, written));
            } else if (cell.hasName()) {
                if (nextIsPrescriptionOnly(r, end, column)) slot = named(written, cell.name());
                else if (isKnown(cell.name())) found.add(new Found(r, column, header, week, day, named(written, cell.name()), cell, written));
            } else if (cell.hasPrescription()) {
                // "Squat" over "75 kg x 6" rows, or exercises down the left and sessions across ("Squat | 3x5 | 3x5")
                SourceCell name = slot != null ? slot : rowName(r, labelColumn).orElse(null);
                if (name != null) found.add(new Found(r, column, header, week, day, named(written, name.getText()), cell, written));
            }
        }
        return found;
    }

    /** The exercise written left of the sessions in this row, when the row names one rather than a week. */
    private Optional<SourceCell> rowName(int row, int labelColumn) {
        for (int c = labelColumn; c >= 0; c--) {
            String text = sheet.text(row, c);
            if (text.isEmpty()) continue;
            CellPrescription label = CellPrescription.parse(text);
            if (!label.hasName() || SessionWords.weekLabel(text).isPresent()) return Optional.empty();
            return Optional.of(named(cell(row, c), label.name()));
        }
        return Optional.empty();
    }

    /**
     * The prescription in the cell right of an exercise: under a "reps" heading whatever it says; under
     * no heading of its own only a prescription without a name, for an exercise cell without one.
     */
    private Optional<CellPrescription> besides(int row, int column, Beside beside, CellPrescription exercise) {
        if (beside == Beside.NOTHING || (beside == Beside.MAYBE && exercise.hasPrescription())) return Optional.empty();
        CellPrescription right = CellPrescription.parse(sheet.text(row, column + 1));
        if (right.schemeOpt().isEmpty() || (beside == Beside.MAYBE && right.hasName())) return Optional.empty();
        return Optional.of(right);
    }

    /** Whether the next filled cell down the column is a prescription without a name: this cell names it. */
    private boolean nextIsPrescriptionOnly(int row, int end, int column) {
        for (int r = row + 1; r < end; r++) {
            String text = sheet.text(r, column);
            if (text.isEmpty()) continue;
            CellPrescription next = CellPrescription.parse(text);
            return !next.hasName() && next.hasPrescription();
        }
        return false;
    }

    private RawEntry entry(Found f, boolean repsFirst) {
        CellPrescription p = f.prescription();
        Map<Field, SourceCell> cells = new EnumMap<>(Field.class);
        if (f.cells() != null) cells.putAll(f.cells());
        SourceCell at = f.prescriptionCell();
        p.schemeOpt().ifPresent(s -> {
            if (!s.sets(repsFirst).isEmpty()) cells.put(Field.SETS, new SourceCell(at.getRef(), s.sets(repsFirst)));
            if (!s.reps(repsFirst).isEmpty()) cells.put(Field.REPS, new SourceCell(at.getRef(), s.reps(repsFirst)));
        });
        if (!p.load().isEmpty()) cells.put(Field.LOAD, new SourceCell(at.getRef(), p.load()));
        if (!p.notes().isEmpty()) cells.put(Field.NOTES, new SourceCell(f.exercise().getRef(), p.notes()));
        if (!p.effort().isEmpty()) {
            cells.put(p.effort().toLowerCase(Locale.ROOT).contains("rir") ? Field.RIR : Field.RPE,
                    new SourceCell(at.getRef(), p.effort()));
        }
        // "웜업", "aquecimento": a warm-up row in the coach's language, said the way the planner reads it
        if (p.warmup()) cells.put(Field.TYPE, new SourceCell(f.exercise().getRef(), "warm-up"));
        cells.put(Field.EXERCISE, f.exercise());
        boolean deload = f.week() != null && Keywords.isDeload(f.week().getText()) || Keywords.isDeload(sheet.name());
        return new RawEntry("", null, f.week(), f.day(), f.exercise(), cells, deload);
    }

    private boolean isKnown(String name) { return catalog.lookup(name).isKnown(); }

    private SourceCell cell(int row, int column) { return new SourceCell(sheet.ref(row, column), sheet.text(row, column)); }

    private SourceCell named(SourceCell written, String name) { return new SourceCell(written.getRef(), name); }
}
