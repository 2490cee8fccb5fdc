package com.programaudit.web;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

import com.programaudit.engine.RuleBook;
import com.programaudit.engine.RuleInfo;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Map;

/** GET /rules: the loaded rules, the policy thresholds and, when the last reload failed, its problems. */
final class RulesPage {
    private final LiveRules rules;

    RulesPage(LiveRules rules) { this.rules = rules; }

    void register(RoutesConfig routes) {
        routes.get("/rules", this::show);
    }

    private void show(Context ctx) {
        ctx.html(render(rules.current()));
    }

    static String render(LiveRules.Snapshot snapshot) {
        RuleBook book = snapshot.book();
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Rules – program-audit</title><link rel=\"stylesheet\" href=\"/style.css\"></head><body>")
                .append("<header><h1><a href=\"/\">program-audit</a></h1><nav><a href=\"/\">Audit a program</a>")
                .append(" · <a href=\"/rules\" aria-current=\"page\">Rules</a></nav></header><main>");
        if (snapshot.lastReloadFailed()) {
            html.append("<section class=\"problems\" id=\"compile-errors\"><h2>The rules folder does not load</h2>")
                    .append("<p>The last change (").append(escapeHtml4(snapshot.failedAt().toString()))
                    .append(") has these problems; audits still use the rules loaded at ")
                    .append(escapeHtml4(snapshot.loadedAt().toString())).append(".</p><ul>");
            snapshot.problems().forEach(p -> html.append("<li><code>").append(escapeHtml4(p)).append("</code></li>"));
            html.append("</ul></section>");
        }
        html.append("<h2>").append(book.rules().size()).append(" rules</h2><p class=\"muted\">From <code>")
                .append(escapeHtml4(RulesJson.folderName(book))).append("</code>, loaded at ")
                .append(escapeHtml4(snapshot.loadedAt().toString()))
                .append("; edits to the folder are picked up without a restart.</p>")
                .append("<table id=\"rules\"><thead><tr><th>Rule</th><th>Severity</th><th>Scope</th><th>Description</th>")
                .append("<th>Sources</th></tr></thead><tbody>");
        for (RuleInfo rule : book.rules()) {
            String severity = rule.severity() == null ? "" : rule.severity().label();
            html.append("<tr").append(book.policy().enabled(rule.id()) ? "" : " class=\"disabled\"").append("><td><code>")
                    .append(escapeHtml4(rule.id())).append("</code>")
                    .append(book.policy().enabled(rule.id()) ? "" : " <small>(disabled)</small>")
                    .append("</td><td><span class=\"badge ").append(escapeHtml4(severity)).append("\">")
                    .append(escapeHtml4(severity)).append("</span></td><td>")
                    .append(rule.scope() == null ? "" : escapeHtml4(rule.scope().label())).append("</td><td>")
                    .append(escapeHtml4(rule.description())).append("</td><td><ul class=\"sources\">");
            book.citations(rule).forEach(c -> html.append("<li>").append(escapeHtml4(c)).append("</li>"));
            html.append("</ul></td></tr>");
        }
        html.append("</tbody></table><h2>Policy values</h2><p class=\"muted\">From <code>policy.properties</code>: ")
                .append("the thresholds the rules read and the per-rule switches.</p>")
                .append("<table id=\"policy\"><thead><tr><th>Key</th><th>Value</th></tr></thead><tbody>");
        for (Map.Entry<String, String> value : book.policy().values().entrySet()) {
            html.append("<tr><td><code>").append(escapeHtml4(value.getKey())).append("</code></td><td>")
                    .append(escapeHtml4(value.getValue())).append("</td></tr>");
        }
        return html.append("</tbody></table></main></body></html>").toString();
    }
}
