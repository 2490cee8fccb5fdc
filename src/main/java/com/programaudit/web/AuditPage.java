package com.programaudit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.Severity;
import com.programaudit.report.JsonReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * POST /page/audit, for the upload page: per report the rendered HTML and the downloads (JSON report,
 * …) as data, so the server keeps nothing of a coach's upload once it has answered.
 */
final class AuditPage {
    private final LiveRules rules;
    private final Uploads uploads;
    private final JsonReport json = new JsonReport();

    AuditPage(LiveRules rules, Uploads uploads) {
        this.rules = rules;
        this.uploads = uploads;
    }

    void register(RoutesConfig routes) {
        routes.post("/page/audit", this::audit);
    }

    private void audit(Context ctx) {
        List<Upload> files = uploads.read(ctx);
        List<AuditReport> reports = AuditApi.audit(rules.current().service(), files);
        ObjectNode root = WebJson.object();
        ArrayNode list = root.putArray("reports");
        for (AuditReport report : reports) {
            ObjectNode node = list.addObject();
            node.put("file", report.file());
            node.put("name", report.name());
            if (report.readable()) {
                node.put("program", report.program().getName());
                ObjectNode summary = node.putObject("summary");
                summary.put("errors", report.count(Severity.ERROR));
                summary.put("warnings", report.count(Severity.WARNING));
                summary.put("infos", report.count(Severity.INFO));
            } else {
                node.put("error", report.error().message());
            }
            node.put("html", ReportView.html(report));
            ArrayNode downloads = node.putArray("downloads");
            download(downloads, "JSON report", report.name() + ".json", "application/json",
                    json.render(report).getBytes(StandardCharsets.UTF_8));
        }
        WebJson.send(ctx, 200, root);
    }

    private static void download(ArrayNode downloads, String label, String fileName, String contentType, byte[] bytes) {
        downloads.addObject().put("label", label).put("fileName", fileName).put("contentType", contentType)
                .put("base64", Base64.getEncoder().encodeToString(bytes));
    }
}
