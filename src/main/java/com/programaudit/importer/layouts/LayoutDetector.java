package com.programaudit.importer.layouts;

import com.programaudit.importer.ImportException;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.model.Field;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Asks every layout for its reading of a grid and keeps the best: each reading is scored on what it
 * found (rows whose exercise the catalog knows, rows with a prescription), weighed by the layout's
 * prior. When no layout reads anything, {@link Refusal} says what was seen.
 */
public final class LayoutDetector {
    private final List<Layout> layouts;

    public LayoutDetector(List<Layout> layouts) { this.layouts = List.copyOf(layouts); }

    /**
     * Every layout the importer knows, surest first: an app's set log, a mapping file the head coach
     * wrote, the tidy tables; then the readers that find a program by its shape. Earlier layouts win ties.
     */
    public static LayoutDetector standard() {
        return new LayoutDetector(List.of(new SetLogLayout(), new MappedLayout(), new LogTableLayout(),
                new SheetPerWeekLayout(), new WeeksAcrossLayout(), new ExerciseCardsLayout(), new DatedWeeksAcrossLayout(),
                new DatedSetCellsLayout(), new SessionsAcrossLayout(), new SectionRowsLayout(), new WeeksDownLayout()));
    }

    public LayoutReading detect(Grid grid, LayoutContext context) throws ImportException {
        LayoutReading best = null;
        double bestScore = 0;
        for (Layout layout : layouts) {
            Optional<LayoutReading> reading = layout.read(grid, context);
            if (reading.isEmpty() || reading.get().rows().isEmpty()) continue;
            Score score = score(reading.get(), context);
            if (layout.prior() * score.points() > bestScore) {
                best = reading.get().named(layout.name());
                bestScore = layout.prior() * score.points();
            }
            // a tidy table of known exercises, each with its prescription, is not worth second-guessing
            if (layout.prior() >= SURE_PRIOR && score.sure()) break;
        }
        if (best == null) throw Refusal.of(grid);
        return best;
    }

    private static final double SURE_PRIOR = 3.0;
    private static final double SURE_SHARE = 0.9;

    /** What a reading found: 2 points for a row whose exercise the catalog knows, 0.5 for another; 1 more with a prescription. */
    record Score(double points, boolean sure) { }

    static Score score(LayoutReading reading, LayoutContext context) {
        double points = 0;
        int knownRows = 0;
        int prescribed = 0;
        for (RawEntry row : reading.rows()) {
            // the catalog keeps its answer per name, so asking per row costs a hash lookup
            boolean isKnown = context.catalog().lookup(row.exercise().getText()).isKnown();
            boolean hasPrescription = hasPrescription(row);
            points += (isKnown ? 2 : 0.5) + (hasPrescription ? 1 : 0);
            if (isKnown) knownRows++;
            if (hasPrescription) prescribed++;
        }
        int rows = reading.rows().size();
        return new Score(points, knownRows >= SURE_SHARE * rows && prescribed >= SURE_SHARE * rows);
    }

    private static final List<Field> PRESCRIPTION = List.of(Field.SETS, Field.REPS, Field.SETS_X_REPS, Field.RIR, Field.RPE);

    private static boolean hasPrescription(RawEntry row) {
        for (Field field : PRESCRIPTION) {
            if (!row.text(field).isBlank()) return true;
        }
        return false;
    }

    /** The sheets rows came from, in order. */
    public static List<String> sheetsOf(List<RawEntry> rows) {
        Set<String> sheets = new LinkedHashSet<>();
        for (RawEntry row : rows) sheets.add(row.exercise().getRef().getSheet());
        return new ArrayList<>(sheets);
    }
}
