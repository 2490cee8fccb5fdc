package com.programaudit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.AuditService;
import com.programaudit.report.JsonReport;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** The JSON API of REPORT.md: POST /api/audit, GET /api/rules, GET /health. */
final class AuditApi {
    private final LiveRules rules;
    private final UploadRequests uploads;
    private final JsonReport json = new JsonReport();

    AuditApi(LiveRules rules, UploadRequests uploads) {
        this.rules = rules;
        this.uploads = uploads;
    }

    void register(RoutesConfig routes) {
        routes.post("/api/audit", this::audit);
        routes.get("/api/rules", ctx -> WebJson.send(ctx, 200, RulesJson.of(rules.current())));
        routes.get("/health", this::health);
    }

    /** One report: the report itself; several (several files, or a file with several programs): wrapped. */
    private void audit(Context ctx) {
        List<AuditReport> reports = uploads.handle(ctx, files -> audit(rules.current().service(), files));
        if (reports.size() == 1) {
            WebJson.send(ctx, 200, tree(reports.get(0)));
            return;
        }
        ObjectNode root = WebJson.object();
        root.put("schema", 1);
        ArrayNode list = root.putArray("reports");
        reports.forEach(r -> list.add(tree(r)));
        WebJson.send(ctx, 200, root);
    }

    /** A report as the JSON format writes it, read back as a tree to send alone or wrapped with others. */
    private com.fasterxml.jackson.databind.JsonNode tree(AuditReport report) {
        try {
            return WebJson.MAPPER.readTree(json.render(report));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Audits each upload with one rule book, so a reload mid-request cannot mix two versions. */
    static List<AuditReport> audit(AuditService service, List<Upload> uploads) {
        List<AuditReport> reports = new ArrayList<>();
        for (Upload upload : uploads) reports.addAll(upload.audit(service));
        return reports;
    }

    /**
     * "ok", or "degraded" while the rules folder does not load: audits still run on the last good
     * rules, but a head coach's edit has not taken effect, and a monitor should see that.
     */
    private void health(Context ctx) {
        LiveRules.Snapshot current = rules.current();
        ObjectNode body = WebJson.object();
        body.put("status", current.problems().isEmpty() ? "ok" : "degraded");
        body.put("rules", current.book().rules().size());
        if (!current.problems().isEmpty()) {
            body.put("message", "The rules folder does not load (it does not compile, or a rule throws on the rule test cases);"
                    + " auditing with the rules loaded at "
                    + current.loadedAt() + ".");
            current.problems().forEach(body.putArray("errors")::add);
        }
        WebJson.send(ctx, 200, body);
    }
}
