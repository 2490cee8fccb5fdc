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

    /** Every layout the importer knows, tidy ones first (they win ties). */
    public static LayoutDetector standard() {
        return new LayoutDetector(List.of(new LogTableLayout(), new SheetPerWeekLayout(), new WeeksAcrossLayout(),
                new MappedLayout(), new ExerciseCardsLayout(), new DatedWeeksAcrossLayout()));
    }

    public LayoutReading detect(Grid grid, LayoutContext context) throws ImportException {
        LayoutReading best = null;
        double bestScore = 0;
        for (Layout layout : layouts) {
            Optional<LayoutReading> reading = layout.read(grid, context);
            if (reading.isEmpty() || reading.get().rows().isEmpty()) continue;
            double score = layout.prior() * score(reading.get(), context);
            if (score > bestScore) {
                best = reading.get().named(layout.name());
                bestScore = score;
            }
        }
        if (best == null) throw Refusal.of(grid, context);
        return best;
    }

    /** What a reading found: 2 for a row whose exercise the catalog knows, 0.5 for another; 1 more with a prescription. */
    static double score(LayoutReading reading, LayoutContext context) {
        double score = 0;
        for (RawEntry row : reading.rows()) {
            score += context.catalog().lookup(row.exercise().getText()).isKnown() ? 2 : 0.5;
            if (PRESCRIPTION.stream().anyMatch(f -> !row.text(f).isBlank())) score += 1;
        }
        return score;
    }

    private static final List<Field> PRESCRIPTION = List.of(Field.SETS, Field.REPS, Field.SETS_X_REPS, Field.RIR, Field.RPE);

    /** The sheets rows came from, in order. */
    public static List<String> sheetsOf(List<RawEntry> rows) {
        Set<String> sheets = new LinkedHashSet<>();
        for (RawEntry row : rows) sheets.add(row.exercise().getRef().getSheet());
        return new ArrayList<>(sheets);
    }
}
