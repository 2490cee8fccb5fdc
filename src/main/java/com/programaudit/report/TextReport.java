package com.programaudit.report;

import com.programaudit.audit.Accepted;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import com.programaudit.model.Program;
import com.programaudit.model.Severity;
import java.util.List;
import java.util.Objects;

/** The terminal report: findings grouped by week and session, each with severity, message and fix. */
public final class TextReport implements ReportFormat {
    @Override public String name() { return "text"; }

    @Override public String extension() { return "txt"; }

    @Override public String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        if (!report.readable()) {
            return report.error().line(report.file()) + "\n";
        }
        Program p = report.program();
        out.append(report.file()).append(" — ").append(p.getName());
        if (p.getAthlete() != null && !p.getAthlete().equals(p.getName())) out.append(" (").append(p.getAthlete()).append(')');
        out.append(", ").append(p.getWeeks()).append(p.getWeeks() == 1 ? " week" : " weeks").append('\n');
        VolumeTable volume = VolumeTable.of(report).orElse(null);
        out.append(Verdict.of(report, volume)).append('\n');
        String reading = ReadingLine.of(p);
        if (reading != null) out.append(reading).append('\n');
        for (FindingGroups.Group group : FindingGroups.of(VolumeTable.listed(report.findings()))) {
            out.append('\n').append(group.heading()).append('\n');
            group.findings().forEach(f -> finding(out, f));
        }
        if (volume != null) volume(out, volume);
        out.append('\n').append(Words.count(report.count(Severity.ERROR), "error")).append(", ")
                .append(Words.count(report.count(Severity.WARNING), "warning")).append(", ")
                .append(Words.count(report.count(Severity.INFO), "info")).append('\n');
        if (!report.suppressed().isEmpty()) accepted(out, report);
        if (report.fixed() != null) fixed(out, report.fixed());
        return out.toString();
    }

    /** Accepted findings: out of the counts above, still listed with the reason given. */
    private static void accepted(StringBuilder out, AuditReport report) {
        out.append('\n').append(AcceptedText.HEADING).append(" (").append(report.suppressed().size())
                .append(", not counted)\n");
        for (Accepted a : report.suppressed()) {
            out.append("  ").append(String.format("%-8s", a.finding().getSeverity().label())).append(a.finding().getRule())
                    .append("  ").append(AcceptedText.place(a.finding().getLocation())).append('\n')
                    .append("          ").append(AcceptedText.why(a)).append('\n');
        }
    }

    /** What --fix did: the copy written, each edit applied and each one skipped with its reason. */
    private static void fixed(StringBuilder out, AuditReport.FixedCopy copy) {
        out.append('\n').append("Fixed copy ").append(copy.file()).append(": ").append(copy.applied().size())
                .append(" edits applied, ").append(copy.skipped().size()).append(" skipped\n");
        for (EditResult result : copy.edits()) {
            CellEdit e = result.edit();
            out.append("  ").append(result.applied() ? "applied " : "skipped ").append(e.sheet()).append('!').append(e.cell())
                    .append(": '").append(e.from()).append("' → '").append(e.to()).append("' (").append(result.rule()).append(')');
            if (!result.applied()) out.append("\n          ").append(result.reason());
            out.append('\n');
        }
    }


    /** Muscles down, weeks across, a star on each cell outside the band; wrapped every 13 weeks to fit 80 columns. */
    private static void volume(StringBuilder out, VolumeTable table) {
        out.append('\n').append(VolumeTable.title()).append('\n');
        out.append("  ").append(table.legend("*")).append('\n');
        int nameWidth = Math.max(6, table.rows().stream().mapToInt(r -> r.muscle().length()).max().orElse(6));
        List<String> weeks = table.weekHeadings();
        int cellWidth = 5;
        for (String w : weeks) cellWidth = Math.max(cellWidth, w.length() + 2);
        for (VolumeTable.Row r : table.rows()) for (VolumeTable.Cell c : r.cells()) cellWidth = Math.max(cellWidth, c.text().length() + 2);
        int perLine = Math.max(1, (80 - 2 - nameWidth) / cellWidth);
        for (int from = 0; from < weeks.size(); from += perLine) {
            int to = Math.min(weeks.size(), from + perLine);
            StringBuilder line = new StringBuilder("  ").append(String.format("%-" + nameWidth + "s", "week"));
            for (int i = from; i < to; i++) line.append(String.format("%" + cellWidth + "s", weeks.get(i) + " "));
            out.append(line.toString().stripTrailing()).append('\n');
            for (VolumeTable.Row r : table.rows()) {
                StringBuilder row = new StringBuilder("  ").append(String.format("%-" + nameWidth + "s", r.muscle()));
                for (int i = from; i < to; i++) {
                    VolumeTable.Cell c = r.cells().get(i);
                    row.append(String.format("%" + cellWidth + "s", c.text() + (c.marked() ? "*" : " ")));
                }
                out.append(row.toString().stripTrailing()).append('\n');
            }
        }
    }

    private static void finding(StringBuilder out, Finding f) {
        Location l = f.getLocation();
        out.append("  ").append(String.format("%-8s", f.getSeverity().label())).append(f.getRule());
        if (l.getExercise() != null) out.append("  ").append(l.getExercise());
        if (l.getBlock() != null && l.getWeek() == null) out.append("  [").append(l.getBlock()).append(']');
        if (l.getMuscle() != null) out.append("  (").append(l.getMuscle()).append(')');
        if (l.getCell() != null) out.append("  ").append(l.getSheet()).append('!').append(l.getCell());
        out.append('\n');
        out.append("          ").append(f.getMessage()).append('\n');
        if (!f.getFix().getDescription().isEmpty()) {
            out.append("          fix: ").append(f.getFix().getDescription()).append('\n');
        }
        for (CellEdit edit : f.getFix().getEdits()) {
            out.append("               ").append(edit.sheet()).append('!').append(edit.cell()).append(": '")
                    .append(edit.from()).append("' → '").append(edit.to()).append("'\n");
        }
        if (!f.getSources().isEmpty()) {
            out.append("          see: ").append(String.join("; ", f.getSources())).append('\n');
        }
    }

}
