package com.programaudit.importer.layouts;

import com.programaudit.importer.grid.GridSheet;
import com.programaudit.importer.words.SessionWords;
import com.programaudit.model.SourceCell;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The weeks of a sheet with sessions across: a title row of its own ("Week 2"), the label left of
 * the session headings or of a row (a date, "Week 2"), or the session headings repeating.
 */
final class AcrossWeeks {
    private final GridSheet sheet;
    private final List<Integer> headingRows;
    private final SourceCell[] titles;

    AcrossWeeks(GridSheet sheet, List<Integer> headingRows) {
        this.sheet = sheet;
        this.headingRows = headingRows;
        this.titles = titles();
    }

    /** A row's week: its label left of the sessions (a date, "Week 2"), else the week title above it; null for none. */
    SourceCell of(int row, int labelColumn) {
        return labelColumn >= 0 && SessionWords.weekLabel(sheet.text(row, labelColumn)).isPresent()
                ? new SourceCell(sheet.ref(row, labelColumn), sheet.text(row, labelColumn)) : titles[row];
    }

    /** The sheet's name when it names a week ("Week 3"): a sheet per week. */
    Optional<SourceCell> ofSheet() {
        return SessionWords.weekLabel(sheet.name()).map(w -> new SourceCell(sheet.ref(0, 0), sheet.name()));
    }

    /**
     * No week labels, but the same session headings again further down ("Day 1 | Day 2" twice): each
     * repeat starts the next week, named after its heading row. Empty when no heading repeats.
     */
    Optional<Map<Integer, SourceCell>> byRepeatedHeadings() {
        Map<Integer, SourceCell> weekOfHeading = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        int week = 1;
        for (int heading : headingRows) {
            List<Integer> columns = SessionHeadings.columns(sheet, heading);
            for (int column : columns) {
                if (!seen.add(sheet.text(heading, column).toLowerCase(Locale.ROOT))) {
                    week++;
                    seen.clear();
                    columns.forEach(c -> seen.add(sheet.text(heading, c).toLowerCase(Locale.ROOT)));
                    break;
                }
            }
            weekOfHeading.put(heading, new SourceCell(sheet.ref(heading, columns.get(0)), "Week " + week));
        }
        return week > 1 ? Optional.of(weekOfHeading) : Optional.empty();
    }

    /** Per row, the week title above it: a row of its own or the label left of the session headings. */
    private SourceCell[] titles() {
        SourceCell[] titles = new SourceCell[sheet.rowCount()];
        SourceCell current = null;
        for (int r = 0; r < sheet.rowCount(); r++) {
            if (headingRows.contains(r)) {
                int label = SessionHeadings.columns(sheet, r).get(0) - 1;
                if (SessionWords.weekLabel(sheet.text(r, label)).isPresent()) current = new SourceCell(sheet.ref(r, label), sheet.text(r, label));
            } else if (sheet.filledCells(r) <= 2) {
                for (int c = 0; c < sheet.width(r); c++) {
                    String text = sheet.text(r, c);
                    if (text.isEmpty()) continue;
                    if (SessionWords.weekLabel(text).isPresent()) current = new SourceCell(sheet.ref(r, c), text);
                    break;
                }
            }
            titles[r] = current;
        }
        return titles;
    }
}
