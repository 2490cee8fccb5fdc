package com.programaudit.accept;

import com.programaudit.importer.grid.Grid;
import com.programaudit.importer.grid.GridSheet;
import com.programaudit.model.CellRef;
import com.programaudit.model.DataIssue;
import com.programaudit.model.IgnoreMarker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Takes the coach's {@code audit-ignore} markers out of a grid before its layout is read: a marker's
 * words ("…goes to failure") must never be read as a note about the exercise. A marker without a
 * reason accepts nothing and becomes a data issue asking for one.
 */
public final class InlineMarkers {
    static final String HOW = "write it as 'audit-ignore RULE_ID: why it is fine here' (or 'audit-ignore: why' for every rule on the row)";

    /** The grid without marker text, the markers, and the problems of malformed ones. */
    public record Taken(Grid grid, List<IgnoreMarker> markers, List<DataIssue> problems) { }

    private InlineMarkers() { }

    public static Taken take(Grid grid) {
        List<IgnoreMarker> markers = new ArrayList<>();
        List<DataIssue> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>(); // a merged cell repeats its text in every cell it covers
        List<GridSheet> sheets = new ArrayList<>();
        for (GridSheet sheet : grid.sheets()) {
            Map<Integer, Map<Integer, String>> cleaned = new LinkedHashMap<>();
            for (int r = 0; r < sheet.rowCount(); r++) {
                for (int c = 0; c < sheet.width(r); c++) {
                    Optional<MarkerText.Marker> marker = MarkerText.find(sheet.text(r, c));
                    if (marker.isEmpty()) continue;
                    cleaned.computeIfAbsent(r, k -> new LinkedHashMap<>()).put(c, marker.get().before());
                    add(sheet.ref(r, c), r, marker.get(), false, seen, markers, problems);
                }
            }
            for (GridSheet.Comment comment : sheet.comments()) {
                MarkerText.find(comment.text()).ifPresent(m ->
                        add(sheet.ref(comment.row(), comment.column()), comment.row(), m, true, seen, markers, problems));
            }
            boolean untouched = cleaned.isEmpty() && sheet.comments().isEmpty();
            sheets.add(untouched ? sheet : sheet.withCells(cleaned));
        }
        return new Taken(markers.isEmpty() && problems.isEmpty() ? grid : new Grid(grid.fileName(), sheets),
                markers, problems);
    }

    private static void add(CellRef cell, int row, MarkerText.Marker marker, boolean inComment, Set<String> seen,
                            List<IgnoreMarker> markers, List<DataIssue> problems) {
        if (!seen.add(cell.getSheet() + "|" + row + "|" + marker)) return;
        String where = inComment ? "The comment's audit-ignore" : "The audit-ignore";
        if (!marker.wellFormed()) {
            problems.add(new DataIssue(cell, where + " could not be read, so it accepts nothing; " + HOW + "."));
        } else if (!marker.hasReason()) {
            problems.add(new DataIssue(cell, where + " gives no reason, so it accepts nothing; " + HOW + "."));
        } else {
            markers.add(new IgnoreMarker(cell, row, marker.rules(), marker.reason(), inComment));
        }
    }
}
