package com.programaudit.web;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.AuditService;
import com.programaudit.model.Severity;
import com.programaudit.workbook.AcceptMarkers;
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
        routes.post("/page/accept", this::accept);
    }

    /**
     * POST /page/accept: one file and an "accept" field [{rule, sheet, cell, reason}]; answers the reports
     * of a copy with each finding's audit-ignore marker written in, and that copy as a download.
     */
    private void accept(Context ctx) {
        // the accept list is a form field: read it before the body's files are handed over
        WebJson.send(ctx, 200, uploads.handleForm(ctx, this::accepted));
    }

    private ObjectNode accepted(Uploads.Form form) {
        List<Upload> files = form.files();
        if (files.size() != 1 || files.get(0).refusal() != null) {
            throw new io.javalin.http.BadRequestResponse("Send the one spreadsheet whose findings are accepted.");
        }
        Upload file = files.get(0);
        List<AcceptMarkers.Request> requests = requests(form.fields().get("accept"));
        AcceptMarkers.Result marked;
        try {
            marked = AcceptMarkers.write(file.fileName(), file.bytes(), requests);
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw new io.javalin.http.BadRequestResponse("The accepted copy could not be written: " + e.getMessage());
        }
        // the page sends an accepted copy back for each later Accept: it keeps its one name
        String stem = stem(file.fileName());
        String name = (stem.endsWith(".accepted") ? stem : stem + ".accepted") + "." + marked.extension();
        AuditService service = rules.current().service();
        ObjectNode root = WebJson.object();
        ArrayNode list = root.putArray("reports");
        for (AuditReport report : service.audit(name, marked.bytes())) {
            PageReport page = PageReport.of(report, marked.bytes());
            List<Download> downloads = new java.util.ArrayList<>(page.downloads());
            downloads.add(0, new Download("accepted copy", name, Download.contentType(marked.extension()), marked.bytes()));
            write(list.addObject(), new PageReport(report, page.html(), downloads, page.notes()));
        }
        return root;
    }

    private static List<AcceptMarkers.Request> requests(String json) {
        try {
            List<AcceptMarkers.Request> requests = new java.util.ArrayList<>();
            for (com.fasterxml.jackson.databind.JsonNode n : WebJson.MAPPER.readTree(json)) {
                requests.add(new AcceptMarkers.Request(n.path("rule").asText(null), n.path("sheet").asText(null),
                        n.path("cell").asText(null), n.path("reason").asText(null)));
            }
            if (requests.isEmpty()) throw new IllegalArgumentException("nothing to accept");
            return requests;
        } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException | NullPointerException e) {
            throw new io.javalin.http.BadRequestResponse("The 'accept' field must be a JSON list of {rule, sheet, cell,"
                    + " reason}, each with a reason: " + e.getMessage());
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
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
        // what the page's Accept buttons name: each counted finding with a cell to write the marker at
        ArrayNode findings = node.putArray("findings");
        if (report.readable()) {
            for (com.programaudit.model.Finding f : report.findings()) {
                if (f.getLocation().getCell() == null || f.getRule().equals(com.programaudit.accept.UnusedIgnore.RULE)) continue;
                findings.addObject().put("rule", f.getRule()).put("severity", f.getSeverity().label())
                        .put("message", f.getMessage()).put("sheet", f.getLocation().getSheet())
                        .put("cell", f.getLocation().getCell());
            }
        }
    }
}
