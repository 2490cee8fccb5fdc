package com.programaudit.importer.layouts;

import com.programaudit.importer.assembly.DetailsReader;
import com.programaudit.importer.assembly.ProgramDetails;
import com.programaudit.importer.assembly.RawEntry;
import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.Column;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An app's export of a training log (Hevy, Strong, FitNotes …): a header with a date and an
 * exercise column, one row per performed set. Each workout (date and name) is a session in its
 * calendar week, every set of an exercise in a workout one entry, set types read as the app meant.
 * Coach tables that merely carry a Date column (one row per exercise) stay with the log table.
 */
public final class SetLogLayout implements Layout {
    /** Rows per exercise and workout above which a dated table is a set log rather than a plan. */
    private static final double SET_ROWS_PER_ENTRY = 1.5;

    @Override public String name() { return "set-log"; }

    /**
     * Well above the log table's, which reads the same header row but not the export's habits: this
     * reading has fewer rows (drop set rows join their set), and only set logs get here at all.
     */
    @Override public double prior() { return 4.0; }

    @Override public Optional<LayoutReading> read(Grid grid, LayoutContext context) {
        for (GridSheet sheet : grid.sheets()) {
            Optional<TableHeader> found = TableHeader.find(sheet, 0);
            if (found.isEmpty()) continue;
            TableHeader header = found.get();
            if (!header.has(Column.DATE) || header.has(Column.WEEK)) continue;
            List<RawEntry> rows = LogTableReader.read(header);
            if (!isSetLog(rows)) continue;
            ProgramDetails details = DetailsReader.read(grid, sheet, header.row());
            String why = "header row " + (header.row() + 1) + " of " + sheet.name()
                    + " is an app's set log: a date and an exercise on every row, one row per set";
            return Optional.of(new LayoutReading(null, SetLogRows.arrange(rows), details, List.of(sheet.name()), why));
        }
        return Optional.empty();
    }

    /** Dated sessions on (nearly) every row, and several rows per exercise and session. */
    private static boolean isSetLog(List<RawEntry> rows) {
        if (rows.size() < 2) return false;
        Set<String> entries = new HashSet<>();
        long dated = 0;
        for (RawEntry row : rows) {
            if (row.day() == null || row.week() == null) continue;
            dated++;
            entries.add(row.week().getText() + "|" + row.day().getText() + "|" + row.exercise().getText());
        }
        return dated >= rows.size() * 0.9 && dated >= entries.size() * SET_ROWS_PER_ENTRY;
    }
}
