package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sessions side by side: a row of session headings ("Push A | Pull A", "Day 1 | Day 2", "treino A |
 * repetições A"), each column a list of exercise cells with their prescription in the cell or beside it.
 * Less sure than the tidy layouts: it reads headings by their words, not a table header.
 */
public final class SessionsAcrossLayout implements Layout {

    @Override public String name() { return "sessions-across"; }

    @Override public double prior() { return 2.0; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        List<RawEntry> rows = new ArrayList<>();
        List<String> whys = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            Optional<SessionsAcrossReader.SheetReading> reading = new SessionsAcrossReader(sheet, context.catalog()).read();
            if (reading.isEmpty()) continue;
            rows.addAll(reading.get().rows());
            whys.add(why(sheet.name(), reading.get()));
        }
        if (rows.isEmpty()) return Optional.empty();
        return Optional.of(new LayoutReading(null, rows, DetailsReader.read(grid, null, 0), LayoutDetector.sheetsOf(rows),
                String.join("; ", whys)));
    }

    private static String why(String sheet, SessionsAcrossReader.SheetReading reading) {
        return "sheet '" + sheet + "': sessions across columns (" + String.join(" | ", reading.sessions()) + "), "
                + "prescription in " + reading.where()
                + "; " + reading.order() + "; " + reading.weeks();
    }
}
