package com.programaudit.report;

import com.programaudit.audit.AuditReport;
import com.programaudit.audit.WeeklyLoad;
import com.programaudit.audit.WeeklyLoad.WeekLoad;
import com.programaudit.engine.VolumeBand;
import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Weekly hard sets per muscle as one table, muscles down and weeks across, for the readable reports:
 * a note per muscle and week buried the few findings that matter under dozens of volume lines. A cell
 * is marked exactly where the audit has a per-muscle week finding, so the table and the JSON findings
 * always agree (a rule switched off marks nothing).
 */
public final class VolumeTable {
    enum Mark { NONE, BELOW, ABOVE, DELOAD }

    /** {@code sets} as shown (one decimal), null where the muscle was not counted ("-", or "D" in a deload week). */
    record Cell(String text, Double sets, Mark mark) {
        boolean marked() { return mark == Mark.BELOW || mark == Mark.ABOVE; }
    }

    record Row(String muscle, List<Cell> cells) { }

    private final List<WeekLoad> weeks;
    private final List<Row> rows;
    private final VolumeBand band;
    private final int marked;

    private VolumeTable(List<WeekLoad> weeks, List<Row> rows, VolumeBand band, int marked) {
        this.weeks = weeks;
        this.rows = rows;
        this.band = band;
        this.marked = marked;
    }

    /** The findings the table shows instead of a line each: a muscle's week as a whole. */
    public static boolean shows(Finding f) {
        Location l = f.getLocation();
        return l.getMuscle() != null && l.getWeek() != null && l.getDay() == null;
    }

    /** The findings the reports still list one by one. */
    public static List<Finding> listed(List<Finding> findings) {
        return findings.stream().filter(f -> !shows(f)).toList();
    }

    /** The table for a readable report whose program has counted muscles, else empty. */
    static Optional<VolumeTable> of(AuditReport report) {
        WeeklyLoad load = report.load();
        if (load == null || load.muscles().isEmpty()) return Optional.empty();
        Set<String> flagged = new HashSet<>();
        for (Finding f : report.findings()) {
            if (shows(f)) flagged.add(f.getLocation().getWeek() + "|" + f.getLocation().getMuscle());
        }
        List<Row> rows = new ArrayList<>();
        int marked = 0;
        for (String muscle : load.muscles()) {
            List<Cell> cells = new ArrayList<>();
            for (WeekLoad w : load.weeks()) {
                Double sets = w.hardSets().get(muscle);
                Mark mark;
                if (w.deload()) mark = Mark.DELOAD;
                else if (sets == null || !flagged.contains(w.week() + "|" + muscle)) mark = Mark.NONE;
                else mark = load.band() != null && load.band().above(sets) ? Mark.ABOVE : Mark.BELOW;
                Cell cell = sets == null ? new Cell(w.deload() ? "D" : "-", null, mark)
                        : new Cell(VolumeBand.amount(sets), VolumeBand.rounded(sets), mark);
                if (cell.marked()) marked++;
                cells.add(cell);
            }
            rows.add(new Row(muscle, cells));
        }
        return Optional.of(new VolumeTable(load.weeks(), rows, load.band(), marked));
    }

    List<Row> rows() { return rows; }

    /** Column headings: the week numbers. */
    List<String> weekHeadings() {
        return weeks.stream().map(w -> String.valueOf(w.week())).toList();
    }

    /** "Weekly hard sets per muscle", for headings. */
    static String title() { return "Weekly hard sets per muscle"; }

    /** What the marks mean, in one line. */
    String legend(String markWord) {
        StringBuilder out = new StringBuilder();
        if (band != null) out.append(band.text()).append(" a week is the productive range; ");
        out.append(markWord).append(marked == 0 ? " none outside it" : " " + Words.count(marked, "muscle-week") + " outside it");
        out.append("; secondary muscles count part of a set; - not trained, D deload (not counted).");
        return out.toString();
    }

    /** For the verdict line: "" when nothing is outside the band. */
    String verdictPart() {
        if (marked == 0) return "";
        return Words.count(marked, "muscle-week") + " outside " + (band == null ? "the band" : band.text()) + " in the volume table";
    }
}
