package com.programaudit.report;

import static com.programaudit.report.Html.esc;

import com.programaudit.audit.WeeklyLoad;
import com.programaudit.audit.WeeklyLoad.WeekLoad;
import com.programaudit.model.Block;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report's at-a-glance chart as inline SVG (no script, no external file): failure sets per week
 * coloured by block. Weekly hard sets per muscle are a table (VolumeTable), not charts.
 */
final class SvgCharts {
    /** Tableau 10: distinct, colour-blind-friendly, and prints well. */
    private static final String[] BLOCK_COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#b07aa1", "#76b7b2",
            "#edc948", "#ff9da7", "#9c755f", "#e15759", "#bab0ac"};
    private static final String NO_BLOCK = "#8c8c8c";

    private SvgCharts() { }

    /** Block name → colour, in program order. */
    static Map<String, String> blockColours(List<Block> blocks) {
        Map<String, String> colours = new LinkedHashMap<>();
        for (Block block : blocks) {
            colours.putIfAbsent(block.getName(), BLOCK_COLOURS[colours.size() % BLOCK_COLOURS.length]);
        }
        return colours;
    }

    static String colourOf(Map<String, String> colours, String block) {
        return block == null ? NO_BLOCK : colours.getOrDefault(block, NO_BLOCK);
    }

    /** Bars of failure sets per week; the beyond-failure part (drop sets, rest-pause …) is hatched. */
    static String failureSetsPerWeek(WeeklyLoad load, Map<String, String> blockColours) {
        List<WeekLoad> weeks = load.weeks();
        int left = 40, right = 10, top = 20, bottom = 46;
        int slot = Math.max(28, Math.min(70, 600 / Math.max(1, weeks.size())));
        int width = left + right + slot * weeks.size();
        int height = 230;
        int plot = height - top - bottom;
        int max = niceMax(load.maxFailureSets());
        StringBuilder svg = open(width, height, "Failure sets per week");
        svg.append("<defs><pattern id=\"pa-hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\" "
                + "patternTransform=\"rotate(45)\"><rect width=\"6\" height=\"6\" fill=\"#ffffff\" fill-opacity=\"0.15\"/>"
                + "<line x1=\"0\" y1=\"0\" x2=\"0\" y2=\"6\" stroke=\"#ffffff\" stroke-width=\"3\"/></pattern></defs>\n");
        yAxis(svg, left, top, plot, width - right, max);
        for (int i = 0; i < weeks.size(); i++) {
            WeekLoad w = weeks.get(i);
            double x = left + slot * i + slot * 0.2;
            double barWidth = slot * 0.6;
            double h = plot * (double) w.failureSets() / max;
            double beyond = plot * (double) w.beyondFailureSets() / max;
            double y = top + plot - h;
            String colour = colourOf(blockColours, w.block());
            svg.append("<g><title>").append(esc(weekName(w) + ": " + w.failureSets() + " failure sets, "
                    + w.beyondFailureSets() + " beyond failure" + (w.block() == null ? "" : " (" + w.block() + ")")))
                    .append("</title>");
            if (w.failureSets() > 0) {
                svg.append(rect(x, y, barWidth, h, colour));
                if (w.beyondFailureSets() > 0) svg.append(rect(x, y, barWidth, beyond, "url(#pa-hatch)"));
            }
            svg.append(text(x + barWidth / 2, y - 4, "middle", "value", String.valueOf(w.failureSets())));
            svg.append("</g>\n");
            svg.append(text(x + barWidth / 2, top + plot + 15, "middle", "axis", "W" + w.week()));
            if (w.deload()) svg.append(text(x + barWidth / 2, top + plot + 28, "middle", "note", "deload"));
        }
        return svg.append("</svg>\n").toString();
    }

    private static String weekName(WeekLoad w) {
        String name = "Week " + w.week();
        return w.label() != null && !w.label().equalsIgnoreCase(name) ? name + " (" + w.label() + ")" : name;
    }

    /** Inline in HTML5, an svg element needs no namespace declaration. */
    private static StringBuilder open(int width, int height, String label) {
        return new StringBuilder("<svg role=\"img\" width=\"" + width
                + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\" aria-label=\""
                + esc(label) + "\">\n");
    }

    /** Gridlines and labels at round steps from 0 to {@code max}. */
    private static void yAxis(StringBuilder svg, int left, int top, int plot, int right, int max) {
        int step = step(max);
        for (int v = 0; v <= max; v += step) {
            double y = top + plot - plot * (double) v / max;
            svg.append("<line class=\"grid\" x1=\"").append(left).append("\" x2=\"").append(right)
                    .append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y)).append("\"/>")
                    .append(text(left - 4, y + 3.5, "end", "axis", String.valueOf(v))).append('\n');
        }
    }

    /** A scale top that is a multiple of a round step, at least 1. */
    static int niceMax(int value) {
        if (value <= 0) return 1;
        int step = step(value);
        return (value + step - 1) / step * step;
    }

    private static int step(int max) {
        for (int step : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
            if (max / step <= 5) return step;
        }
        return 1000;
    }

    private static String rect(double x, double y, double w, double h, String fill) {
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" width=\"" + fmt(w) + "\" height=\"" + fmt(h)
                + "\" fill=\"" + fill + "\"/>";
    }

    private static String text(double x, double y, String anchor, String cls, String content) {
        return "<text class=\"" + cls + "\" x=\"" + fmt(x) + "\" y=\"" + fmt(y) + "\" text-anchor=\"" + anchor + "\">"
                + esc(content) + "</text>";
    }

    /** Coordinates with at most one decimal, written the same on every machine. */
    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.1f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
