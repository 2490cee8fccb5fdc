package com.programaudit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.AuditService;
import com.programaudit.model.Severity;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Base64;
import java.util.List;

/**
 * POST /page/audit, for the upload page: per report the rendered HTML and the downloads (JSON report,
 * annotated workbook, fixed copy) as data, so the server keeps nothing of a coach's upload once it has answered.
 */
final class AuditPage {
    private final LiveRules rules;
    private final UploadRequests uploads;

    AuditPage(LiveRules rules, UploadRequests uploads) {
        this.rules = rules;
        this.uploads = uploads;
    }

    void register(RoutesConfig routes) {
        routes.post("/page/audit", this::audit);
    }

    private void audit(Context ctx) {
        WebJson.send(ctx, 200, uploads.handle(ctx, this::answer));
    }

    private ObjectNode answer(List<Upload> files) {
        AuditService service = rules.current().service();
        ObjectNode root = WebJson.object();
        ArrayNode list = root.putArray("reports");
        for (Upload upload : files) {
            for (AuditReport report : upload.audit(service)) {
                write(list.addObject(), PageReport.of(report, upload.bytes()));
            }
        }
        return root;
    }

    private static void write(ObjectNode node, PageReport page) {
        AuditReport report = page.report();
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
        node.put("html", page.html());
        ArrayNode downloads = node.putArray("downloads");
        for (Download d : page.downloads()) {
            downloads.addObject().put("label", d.label()).put("fileName", d.fileName()).put("contentType", d.contentType())
                    .put("base64", Base64.getEncoder().encodeToString(d.bytes()));
        }
        ArrayNode notes = node.putArray("notes");
        page.notes().forEach(notes::add);
    }
}
