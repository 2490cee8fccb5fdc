package com.programaudit.report;

import static com.programaudit.report.Html.esc;

import com.programaudit.audit.AuditReport;
import com.programaudit.audit.WeeklyLoad;
import com.programaudit.model.Block;
import com.programaudit.model.BlockType;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Level;
import com.programaudit.model.Program;
import com.programaudit.model.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One self-contained HTML page per program for a coach to read or print: the program at a glance
 * (details, counts, charts as inline SVG) and every finding grouped by week and session with its
 * message, place, fix and sources. No script and nothing fetched: the file works offline and attached
 * to a message.
 */
public final class HtmlReport implements ReportFormat {
    @Override public String name() { return "html"; }

    @Override public String extension() { return "html"; }

    @Override public String render(AuditReport report) {
        StringBuilder out = new StringBuilder();
        String title = report.readable() ? report.program().getName() : report.file();
        HtmlPage.open(out, "Audit: " + title);
        if (!report.readable()) {
            unreadable(out, report);
        } else {
            Map<String, String> colours = SvgCharts.blockColours(report.program().getBlocks());
            VolumeTable volume = VolumeTable.of(report).orElse(null);
            header(out, report, volume, colours);
            if (report.load() != null && !report.load().weeks().isEmpty()) charts(out, report.load(), colours);
            if (volume != null) volume(out, volume);
            if (report.fixed() != null) fixed(out, report.fixed());
            findings(out, report, colours);
            if (!report.suppressed().isEmpty()) accepted(out, report);
        }
        HtmlPage.close(out);
        return out.toString();
    }

    private static void unreadable(StringBuilder out, AuditReport report) {
        AuditReport.ReadError e = report.error();
        out.append("<header><p class=\"eyebrow\">Program audit</p><h1>").append(esc(report.file())).append("</h1></header>\n")
                .append("<section class=\"unreadable\"><h2>This file could not be read</h2>\n<p class=\"message\">")
                .append(esc(e.message())).append("</p>\n<table class=\"details\">\n");
        row(out, "File", esc(report.file()));
        if (e.sheet() != null) row(out, "Sheet", esc(e.sheet()));
        if (e.cell() != null) row(out, "Cell", "<code>" + esc(e.cell()) + "</code>");
        out.append("</table>\n<p>Nothing was audited. Fix the file (or save it again from Excel) and run the audit again.</p>\n</section>\n");
    }

    private static void header(StringBuilder out, AuditReport report, VolumeTable volume, Map<String, String> colours) {
        Program p = report.program();
        out.append("<header><p class=\"eyebrow\">Program audit</p><h1>").append(esc(p.getName())).append("</h1>")
                .append("<p class=\"file\">").append(esc(report.file())).append("</p></header>\n");
        out.append("<section class=\"summary\">\n<p class=\"counts\">");
        for (Severity s : Severity.values()) {
            long n = report.count(s);
            out.append("<span class=\"badge ").append(s.label()).append("\">").append(n).append(' ')
                    .append(s.label()).append(n == 1 ? "" : "s").append("</span> ");
        }
        out.append("</p>\n<p class=\"verdict\">").append(esc(Verdict.of(report, volume))).append("</p>");
        out.append("\n<table class=\"details\">\n");
        if (p.getAthlete() != null) row(out, "Athlete", esc(p.getAthlete()));
        if (p.getCoach() != null) row(out, "Coach", esc(p.getCoach()));
        row(out, "Level", p.getLevel() == Level.UNKNOWN ? "not given" : lower(p.getLevel().name()));
        row(out, "Trains alone", p.getTrainsAlone() == null ? "not given" : p.getTrainsAlone() ? "yes" : "no");
        row(out, "Weeks", String.valueOf(p.getWeeks()));
        String reading = ReadingLine.of(p);
        if (reading != null) row(out, "How I read your file", esc(reading));
        if (!p.getBlocks().isEmpty()) {
            StringBuilder blocks = new StringBuilder();
            for (Block b : p.getBlocks()) {
                blocks.append("<span class=\"chip\"><span class=\"swatch\" style=\"background:")
                        .append(SvgCharts.colourOf(colours, b.getName())).append("\"></span>").append(esc(b.getName()))
                        .append(b.getType() == BlockType.NONE ? "" : " <small>" + lower(b.getType().name()) + "</small>")
                        .append(" <small>W").append(b.getFirstWeek())
                        .append(b.getLastWeek() == b.getFirstWeek() ? "" : "–" + b.getLastWeek()).append("</small></span> ");
            }
            row(out, "Blocks", blocks.toString().strip());
        }
        out.append("</table>\n</section>\n");
    }

    private static void charts(StringBuilder out, WeeklyLoad load, Map<String, String> colours) {
        out.append("<section class=\"charts\">\n<h2>At a glance</h2>\n");
        out.append("<figure>\n<figcaption>Sets to failure or beyond, per week</figcaption>\n")
                .append(SvgCharts.failureSetsPerWeek(load, colours)).append("<p class=\"legend\">");
        colours.forEach((block, colour) -> legend(out, colour, block));
        out.append("<span class=\"chip\"><span class=\"swatch hatch\"></span>hatched: beyond failure (drop sets, rest-pause …)</span></p>\n</figure>\n");
        out.append("</section>\n");
    }

    private static void legend(StringBuilder out, String colour, String label) {
        out.append("<span class=\"chip\"><span class=\"swatch\" style=\"background:").append(colour).append("\"></span>")
                .append(esc(label)).append("</span> ");
    }

    private static void accepted(StringBuilder out, AuditReport report) {
        out.append("<section class=\"accepted\">\n<h2>").append(AcceptedText.HEADING).append("</h2>\n")
                .append("<p>Not counted above; each with the reason given.</p>\n<ul>\n");
        for (com.programaudit.audit.Accepted a : report.suppressed()) {
            out.append("<li><span class=\"sev\">").append(esc(a.finding().getSeverity().label())).append("</span> <code>")
                    .append(esc(a.finding().getRule())).append("</code> ").append(esc(AcceptedText.place(a.finding().getLocation())))
                    .append(" — ").append(esc(AcceptedText.why(a))).append("</li>\n");
        }
        out.append("</ul>\n</section>\n");
    }

    private static void fixed(StringBuilder out, AuditReport.FixedCopy copy) {
        out.append("<section class=\"fixed\">\n<h2>Fixed copy</h2>\n<p><code>").append(esc(copy.file())).append("</code>: ")
                .append(copy.applied().size()).append(" edits applied, ").append(copy.skipped().size())
                .append(" skipped. Your file was not changed.</p>\n");
        if (!copy.edits().isEmpty()) {
            out.append("<table class=\"edits\">\n<tr><th>Cell</th><th>From</th><th></th><th>To</th><th>Rule</th><th>Result</th></tr>\n");
            for (EditResult r : copy.edits()) {
                editRow(out, r.edit(), "<code>" + esc(r.rule()) + "</code>",
                        r.applied() ? "<span class=\"ok\">applied</span>" : "skipped: " + esc(r.reason()));
            }
            out.append("</table>\n");
        }
        out.append("</section>\n");
    }

    private static void findings(StringBuilder out, AuditReport report, Map<String, String> colours) {
        out.append("<section class=\"findings\">\n<h2>Findings</h2>\n");
        if (report.findings().isEmpty()) {
            out.append("<p class=\"clean\">No findings: this program follows every rule.</p>\n");
        }
        Integer openWeek = null;
        boolean weekOpen = false;
        for (FindingGroups.Group group : FindingGroups.of(VolumeTable.listed(report.findings()))) {
            if (group.week() == null) {
                out.append("<h3>").append(esc(group.heading())).append("</h3>\n");
            } else {
                if (!group.week().equals(openWeek)) {
                    if (weekOpen) out.append("</section>\n");
                    out.append("<section class=\"week\">\n<h3 class=\"week\">");
                    weekHeading(out, report.load(), group.week(), colours);
                    out.append("</h3>\n");
                    openWeek = group.week();
                    weekOpen = true;
                }
                out.append("<h4>").append(esc(group.day() != null
                        ? FindingGroups.sessionHeading(group.findings().get(0).getLocation()) : "The whole week")).append("</h4>\n");
            }
            for (Finding f : group.findings()) finding(out, f, report.fixed());
        }
        if (weekOpen) out.append("</section>\n");
        out.append("</section>\n");
    }

    private static void weekHeading(StringBuilder out, WeeklyLoad load, int week, Map<String, String> colours) {
        out.append("Week ").append(week);
        Optional<WeeklyLoad.WeekLoad> info = load == null ? Optional.empty()
                : load.weeks().stream().filter(w -> w.week() == week).findFirst();
        info.ifPresent(w -> {
            if (w.block() != null) {
                out.append(" <span class=\"chip\"><span class=\"swatch\" style=\"background:")
                        .append(SvgCharts.colourOf(colours, w.block())).append("\"></span>").append(esc(w.block())).append("</span>");
            }
            // a block named "Deload" already says it
            boolean named = w.block() != null && w.block().toLowerCase(java.util.Locale.ROOT).contains("deload");
            if (w.deload() && !named) out.append(" <span class=\"chip\">deload</span>");
        });
    }

    /** The weekly volume table: muscles down, weeks across, cells outside the band coloured and titled. */
    private static void volume(StringBuilder out, VolumeTable table) {
        out.append("<section class=\"volume\">\n<h2>").append(esc(VolumeTable.title())).append("</h2>\n<p class=\"legend\">")
                .append(esc(table.legend("coloured:"))).append("</p>\n<div class=\"scroll\"><table class=\"volume\">\n<tr><th>Muscle</th>");
        for (String week : table.weekHeadings()) out.append("<th>W").append(esc(week)).append("</th>");
        out.append("</tr>\n");
        for (VolumeTable.Row r : table.rows()) {
            out.append("<tr><th>").append(esc(r.muscle())).append("</th>");
            for (VolumeTable.Cell c : r.cells()) {
                switch (c.mark()) {
                    case BELOW -> out.append("<td class=\"below\" title=\"below the range\">");
                    case ABOVE -> out.append("<td class=\"above\" title=\"above the range\">");
                    case DELOAD -> out.append("<td class=\"deload\">");
                    default -> out.append("<td>");
                }
                out.append(esc(c.text())).append("</td>");
            }
            out.append("</tr>\n");
        }
        out.append("</table></div>\n</section>\n");
    }

    private static void finding(StringBuilder out, Finding f, AuditReport.FixedCopy fixed) {
        String severity = f.getSeverity().label();
        out.append("<article class=\"finding ").append(severity).append("\">\n<p class=\"head\"><span class=\"badge ")
                .append(severity).append("\">").append(severity).append("</span> <code class=\"rule\">")
                .append(esc(f.getRule())).append("</code>");
        List<String> where = FindingGroups.whereParts(f);
        String cell = FindingGroups.cell(f.getLocation());
        if (!where.isEmpty() || cell != null) {
            out.append(" <span class=\"where\">").append(esc(String.join(" · ", where)));
            if (cell != null) out.append(where.isEmpty() ? "" : " · ").append("<code>").append(esc(cell)).append("</code>");
            out.append("</span>");
        }
        out.append("</p>\n<p class=\"message\">").append(esc(f.getMessage())).append("</p>\n");
        if (!f.getFix().getDescription().isEmpty() || !f.getFix().getEdits().isEmpty()) {
            out.append("<div class=\"fix\"><p><strong>Fix:</strong> ").append(esc(f.getFix().getDescription())).append("</p>\n");
            if (!f.getFix().getEdits().isEmpty()) {
                out.append("<table class=\"edits\">\n");
                for (CellEdit edit : f.getFix().getEdits()) {
                    editRow(out, edit, null, fixed == null ? null : outcome(fixed, f, edit));
                }
                out.append("</table>\n");
            }
            out.append("</div>\n");
        }
        if (!f.getSources().isEmpty()) {
            out.append("<ul class=\"sources\">");
            f.getSources().forEach(s -> out.append("<li>").append(esc(s)).append("</li>"));
            out.append("</ul>\n");
        }
        out.append("</article>\n");
    }

    /** What --fix did with this finding's edit. */
    private static String outcome(AuditReport.FixedCopy fixed, Finding f, CellEdit edit) {
        return fixed.edits().stream().filter(r -> r.edit().equals(edit) && r.rule().equals(f.getRule())).findFirst()
                .map(r -> r.applied() ? "<span class=\"ok\">applied</span>" : "skipped: " + esc(r.reason()))
                .orElse("");
    }

    /** A cell's text, or "(empty)" so a cleared cell does not read as a missing value. */
    private static String cellText(String text) {
        return text == null || text.isEmpty() ? "<em>(empty)</em>" : esc(text);
    }

    private static void editRow(StringBuilder out, CellEdit edit, String rule, String result) {
        out.append("<tr><td><code>").append(esc(edit.sheet() + "!" + edit.cell())).append("</code></td><td class=\"from\">")
                .append(cellText(edit.from())).append("</td><td>→</td><td class=\"to\">").append(cellText(edit.to())).append("</td>");
        if (rule != null) out.append("<td>").append(rule).append("</td>");
        if (result != null) out.append("<td>").append(result).append("</td>");
        out.append("</tr>\n");
    }

    private static void row(StringBuilder out, String label, String html) {
        out.append("<tr><th>").append(esc(label)).append("</th><td>").append(html).append("</td></tr>\n");
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }
}
