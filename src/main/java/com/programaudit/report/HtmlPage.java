package com.programaudit.report;

import static com.programaudit.report.Html.esc;

/** The page around an HTML report or index: inline style sheet for screen and print, no script. */
final class HtmlPage {
    private static final String STYLE = """
            :root { --error: #c62828; --warning: #b45309; --info: #1d4ed8; --ink: #1f2933; --muted: #616e7c; --line: #d9dee3; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
                   color: var(--ink); background: #f5f7f9; }
            main { max-width: 980px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
            h1 { font-size: 1.7em; margin: 0 0 2px; } h2 { font-size: 1.25em; margin: 28px 0 10px; border-bottom: 2px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 1.08em; margin: 22px 0 8px; } h4 { font-size: 1em; margin: 14px 0 6px; color: var(--muted); }
            code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: #eef1f4; padding: 0 4px; border-radius: 3px; }
            .eyebrow { margin: 0; text-transform: uppercase; letter-spacing: .08em; font-size: .75em; color: var(--muted); }
            .file { margin: 0; color: var(--muted); }
            .counts { margin: 14px 0; }
            .badge { display: inline-block; padding: 1px 9px; border-radius: 10px; color: #fff; font-size: .82em; font-weight: 600; }
            .badge.error { background: var(--error); } .badge.warning { background: var(--warning); } .badge.info { background: var(--info); }
            table.details { border-collapse: collapse; }
            table.details th { text-align: left; font-weight: 600; padding: 2px 18px 2px 0; color: var(--muted); vertical-align: top; }
            table.details td { padding: 2px 0; }
            .chip { display: inline-block; margin: 1px 8px 1px 0; font-size: .9em; white-space: nowrap; }
            .chip small { color: var(--muted); }
            .swatch { display: inline-block; width: 11px; height: 11px; border-radius: 2px; margin-right: 5px; vertical-align: -1px; }
            .swatch.hatch { background: repeating-linear-gradient(45deg, #4e79a7 0 3px, #b8cce0 3px 6px); }
            figure { margin: 8px 0 18px; } figcaption { font-weight: 600; margin-bottom: 6px; }
            .legend { margin: 4px 0 0; color: var(--muted); font-size: .9em; }
            div.scroll { overflow-x: auto; max-width: 100%; }
            table.volume { border-collapse: collapse; font-size: .92em; font-variant-numeric: tabular-nums; }
            table.volume th, table.volume td { padding: 2px 8px; border-bottom: 1px solid var(--line); text-align: right; }
            table.volume th:first-child { text-align: left; }
            table.volume td.below { background: #fbeec2; font-weight: 600; }
            table.volume td.above { background: #f6c9ca; font-weight: 600; }
            table.volume td.deload { color: var(--muted); }
            svg text { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; fill: var(--ink); }
            svg text.axis { font-size: 10px; fill: var(--muted); } svg text.note { font-size: 9px; fill: var(--muted); }
            svg text.value { font-size: 11px; font-weight: 600; } svg text.title { font-size: 11px; font-weight: 600; }
            svg line.grid { stroke: #e4e7eb; stroke-width: 1; }
            .finding { border-left: 4px solid var(--line); padding: 6px 12px; margin: 8px 0; background: #fafbfc; break-inside: avoid; }
            .finding.error { border-left-color: var(--error); } .finding.warning { border-left-color: var(--warning); }
            .finding.info { border-left-color: var(--info); }
            .finding p { margin: 3px 0; } .finding .head { font-size: .92em; } .where { color: var(--muted); }
            .fix { margin-top: 4px; }
            table.edits { border-collapse: collapse; margin: 4px 0; font-size: .92em; }
            table.edits td, table.edits th { padding: 2px 10px 2px 0; text-align: left; vertical-align: top; }
            td.from { color: var(--error); text-decoration: line-through; } td.to { color: #2e7d32; font-weight: 600; }
            .ok { color: #2e7d32; font-weight: 600; }
            .sources { margin: 4px 0 0; padding-left: 18px; color: var(--muted); font-size: .88em; }
            .unreadable .message { font-size: 1.1em; color: var(--error); }
            .clean { font-size: 1.1em; color: #2e7d32; }
            table.index { border-collapse: collapse; width: 100%; }
            table.index th, table.index td { border-bottom: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
            table.index td.n { text-align: right; font-variant-numeric: tabular-nums; }
            .verdict { font-weight: 600; margin: 6px 0 12px; }
            svg { max-width: 100%; height: auto; }
            /* a phone (390 px): nothing wider than the screen; wide tables scroll inside themselves */
            @media (max-width: 600px) {
              main { padding: 14px 12px 32px; }
              h1 { font-size: 1.35em; overflow-wrap: anywhere; }
              table.details, table.edits, table.index, table.volume { display: block; overflow-x: auto; max-width: 100%; }
              .chip { white-space: normal; }
              .finding { padding: 6px 8px; overflow-wrap: anywhere; }
            }
            @media print {
              body { background: #fff; font-size: 10.5pt; }
              main { max-width: none; padding: 0; }
              h2, h3, h4 { break-after: avoid; } figure, .week > h3 { break-inside: avoid; }
              .finding { background: none; }
              a { color: inherit; text-decoration: none; }
              * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            }
            """;

    private HtmlPage() { }

    static void open(StringBuilder out, String title) {
        out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<main>\n");
    }

    static void close(StringBuilder out) {
        out.append("</main>\n</body>\n</html>\n");
    }
}
