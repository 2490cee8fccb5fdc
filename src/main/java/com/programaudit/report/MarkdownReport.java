package com.programaudit.report;

import com.programaudit.audit.AuditReport;
import com.programaudit.model.Block;
import com.programaudit.model.BlockType;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Level;
import com.programaudit.model.Program;
import com.programaudit.model.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** GitHub-flavoured Markdown for pasting into a message or a ticket, grouped like the other reports. */
public final class MarkdownReport implements ReportFormat {
    @Override public String name() { return "md"; }

    @Override public String extension() { return "md"; }

    @Override public String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        if (!report.readable()) {
            AuditReport.ReadError e = report.error();
            out.append("# Audit: ").append(escape(report.file())).append("\n\n**This file could not be read:** ")
                    .append(escape(e.message())).append("\n\n");
            out.append("- File: ").append(code(report.file())).append('\n');
            if (e.sheet() != null) out.append("- Sheet: ").append(escape(e.sheet())).append('\n');
            if (e.cell() != null) out.append("- Cell: ").append(code(e.cell())).append('\n');
            return out.toString();
        }
        Program p = report.program();
        out.append("# Audit: ").append(escape(p.getName())).append("\n\n");
        VolumeTable volume = VolumeTable.of(report).orElse(null);
        out.append("**").append(Verdict.of(report, volume)).append("**\n\n");
        out.append(String.join(" · ", details(report))).append("\n\n");
        String reading = ReadingLine.of(report.program());
        if (reading != null) out.append("_").append(escape(reading)).append("_\n\n");
        List<String> counts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = report.count(s);
            counts.add("**" + n + "** " + s.label() + (n == 1 ? "" : "s"));
        }
        out.append(String.join(" · ", counts)).append("\n");
        if (report.findings().isEmpty()) out.append("\nNo findings: this program follows every rule.\n");
        Integer week = null;
        for (FindingGroups.Group group : FindingGroups.of(VolumeTable.listed(report.findings()))) {
            if (group.week() == null) {
                out.append("\n## ").append(escape(group.heading())).append("\n\n");
            } else {
                if (!group.week().equals(week)) {
                    out.append("\n## Week ").append(group.week()).append("\n\n");
                    week = group.week();
                }
                if (group.day() != null) {
                    out.append("### ").append(escape(FindingGroups.sessionHeading(group.findings().get(0).getLocation())))
                            .append("\n\n");
                }
            }
            for (Finding f : group.findings()) finding(out, f);
        }
        if (!report.suppressed().isEmpty()) accepted(out, report);
        if (volume != null) volume(out, volume);
        if (report.fixed() != null) fixed(out, report.fixed());
        return out.toString();
    }

    /** Muscles down, weeks across; a cell outside the band in bold with an arrow (below ↓, above ↑). */
    private static void volume(StringBuilder out, VolumeTable table) {
        out.append("\n## ").append(VolumeTable.title()).append("\n\n").append(escape(table.legend("bold:"))).append("\n\n| Muscle |");
        table.weekHeadings().forEach(w -> out.append(" W").append(w).append(" |"));
        out.append("\n|---|");
        table.weekHeadings().forEach(w -> out.append("---:|"));
        out.append('\n');
        for (VolumeTable.Row r : table.rows()) {
            out.append("| ").append(escape(r.muscle())).append(" |");
            for (VolumeTable.Cell c : r.cells()) {
                String text = escape(c.text());
                if (c.mark() == VolumeTable.Mark.BELOW) text = "**" + text + " ↓**";
                if (c.mark() == VolumeTable.Mark.ABOVE) text = "**" + text + " ↑**";
                out.append(' ').append(text).append(" |");
            }
            out.append('\n');
        }
    }

    private static List<String> details(AuditReport report) {
        Program p = report.program();
        List<String> details = new ArrayList<>();
        details.add(code(report.file()));
        if (p.getAthlete() != null) details.add("athlete " + escape(p.getAthlete()));
        if (p.getLevel() != Level.UNKNOWN) details.add(lower(p.getLevel().name()));
        if (p.getTrainsAlone() != null) details.add(p.getTrainsAlone() ? "trains alone" : "trains with a partner");
        details.add(p.getWeeks() + (p.getWeeks() == 1 ? " week" : " weeks"));
        for (Block b : p.getBlocks()) {
            details.add(escape(b.getName()) + (b.getType() == BlockType.NONE ? "" : " (" + lower(b.getType().name()) + ")")
                    + " W" + b.getFirstWeek() + (b.getLastWeek() == b.getFirstWeek() ? "" : "–" + b.getLastWeek()));
        }
        return details;
    }

    private static void finding(StringBuilder out, Finding f) {
        out.append("- **").append(f.getSeverity().label()).append("** ").append(code(f.getRule()));
        List<String> where = new ArrayList<>();
        FindingGroups.whereParts(f).forEach(w -> where.add(escape(w)));
        String cell = FindingGroups.cell(f.getLocation());
        if (cell != null) where.add(code(cell));
        if (!where.isEmpty()) out.append(" — ").append(String.join(" · ", where));
        out.append("  \n  ").append(escape(f.getMessage())).append('\n');
        if (!f.getFix().getDescription().isEmpty()) {
            out.append("  - Fix: ").append(escape(f.getFix().getDescription())).append('\n');
        }
        for (CellEdit edit : f.getFix().getEdits()) {
            out.append("    - ").append(code(edit.sheet() + "!" + edit.cell())).append(": ").append(code(edit.from()))
                    .append(" → ").append(code(edit.to())).append('\n');
        }
        if (!f.getSources().isEmpty()) {
            List<String> sources = new ArrayList<>();
            f.getSources().forEach(s -> sources.add(escape(s)));
            out.append("  - Sources: ").append(String.join("; ", sources)).append('\n');
        }
    }

    private static void accepted(StringBuilder out, AuditReport report) {
        out.append("\n## ").append(AcceptedText.HEADING).append("\n\nNot counted above; each with the reason given.\n\n");
        for (com.programaudit.audit.Accepted a : report.suppressed()) {
            out.append("- ").append(a.finding().getSeverity().label()).append(' ').append(code(a.finding().getRule()))
                    .append(" — ").append(escape(AcceptedText.place(a.finding().getLocation()))).append(": ")
                    .append(escape(AcceptedText.why(a))).append('\n');
        }
    }

    private static void fixed(StringBuilder out, AuditReport.FixedCopy copy) {
        out.append("\n## Fixed copy\n\n").append(code(copy.file())).append(": ").append(copy.applied().size())
                .append(" edits applied, ").append(copy.skipped().size()).append(" skipped.\n\n");
        if (copy.edits().isEmpty()) return;
        out.append("| Cell | From | To | Rule | Result |\n|---|---|---|---|---|\n");
        for (EditResult r : copy.edits()) {
            CellEdit e = r.edit();
            out.append("| ").append(inTable(code(e.sheet() + "!" + e.cell()))).append(" | ").append(inTable(code(e.from())))
                    .append(" | ").append(inTable(code(e.to()))).append(" | ").append(code(r.rule())).append(" | ")
                    .append(r.applied() ? "applied" : "skipped: " + escape(r.reason())).append(" |\n");
        }
    }

    /** Text with Markdown's special characters backslash-escaped, on one line. */
    static String escape(String text) {
        if (text == null) return "";
        return text.replaceAll("\\s*[\\r\\n]+\\s*", " ").replaceAll("([\\\\`*_\\[\\]<>|#~!])", "\\\\$1");
    }

    /** An inline code span that survives backticks in the text; "(empty)" marks an empty value. */
    static String code(String text) {
        if (text == null || text.isEmpty()) return "*(empty)*";
        String flat = text.replaceAll("[\\r\\n]+", " ");
        String fence = flat.contains("`") ? "`` " : "`";
        return fence + flat + new StringBuilder(fence).reverse();
    }

    /** GFM splits table cells at every unescaped pipe, even inside code spans. */
    private static String inTable(String markdown) { return markdown.replace("|", "\\|"); }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
