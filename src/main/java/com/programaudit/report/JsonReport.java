package com.programaudit.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.programaudit.audit.Accepted;
import com.programaudit.audit.AuditReport;
import com.programaudit.audit.ReportLine;
import com.programaudit.model.Block;
import com.programaudit.model.BlockType;
import com.programaudit.model.CellEdit;
import com.programaudit.model.EditResult;
import com.programaudit.model.Finding;
import com.programaudit.model.Level;
import com.programaudit.model.Location;
import com.programaudit.model.Program;
import com.programaudit.model.ProgramReading;
import com.programaudit.model.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The JSON report of REPORT.md (schema 1), field for field. */
public final class JsonReport implements ReportFormat {
    /** Made when first used, not when a format is looked up: a command that writes no JSON does not wait for it. */
    private static final class Mapper {
        static final ObjectMapper INSTANCE = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        /** Leaves the Writer open: {@link #writeTo} adds the last newline. */
        static final com.fasterxml.jackson.databind.ObjectWriter INTO_WRITER =
                INSTANCE.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    }

    @Override public String name() { return "json"; }

    @Override public String extension() { return "json"; }

    @Override public String render(AuditReport report) {
        return write(tree(report));
    }

    /**
     * The same text encoded as it is written, without the whole String between (a batch writes hundreds). Through
     * a Writer, as {@link #render} writes: Jackson's own UTF-8 generator would escape characters such as emoji.
     */
    @Override public byte[] bytes(AuditReport report) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            writeTo(out, tree(report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** The tree, indented, and a last newline: the one way every JSON text here is written. */
    private static void writeTo(java.io.Writer out, Object tree) throws IOException {
        Mapper.INTO_WRITER.writeValue(out, tree);
        out.write('\n');
    }

    public ObjectNode tree(AuditReport report) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        root.put("schema", 1);
        if (!report.readable()) {
            root.putObject("program").put("file", report.file());
            ObjectNode error = root.putObject("error");
            error.put("message", report.error().message());
            error.put("sheet", report.error().sheet());
            error.put("cell", report.error().cell());
            root.putArray("findings");
            return root;
        }
        program(root.putObject("program"), report.program());
        ObjectNode summary = root.putObject("summary");
        summary.put("errors", report.count(Severity.ERROR));
        summary.put("warnings", report.count(Severity.WARNING));
        summary.put("infos", report.count(Severity.INFO));
        ArrayNode findings = root.putArray("findings");
        report.findings().forEach(f -> finding(findings.addObject(), f));
        if (!report.suppressed().isEmpty()) {
            ArrayNode suppressed = root.putArray("suppressed");
            report.suppressed().forEach(a -> accepted(suppressed.addObject(), a));
        }
        if (report.fixed() != null) fixed(root.putObject("fixed"), report.fixed());
        return root;
    }

    static String write(Object tree) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            writeTo(out, tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void program(ObjectNode node, Program program) {
        node.put("file", program.getFile());
        node.put("name", program.getName());
        node.put("athlete", program.getAthlete());
        node.put("level", program.getLevel() == Level.UNKNOWN ? null : lower(program.getLevel().name()));
        if (program.getTrainsAlone() == null) node.putNull("trainsAlone");
        else node.put("trainsAlone", program.getTrainsAlone());
        node.put("weeks", program.getWeeks());
        ArrayNode blocks = node.putArray("blocks");
        for (Block block : program.getBlocks()) {
            ObjectNode b = blocks.addObject();
            b.put("name", block.getName());
            b.put("type", block.getType() == BlockType.NONE ? null : lower(block.getType().name()));
            b.put("firstWeek", block.getFirstWeek());
            b.put("lastWeek", block.getLastWeek());
        }
        if (program.getReading() != null) reading(node.putObject("read"), program.getReading());
    }

    private static void reading(ObjectNode node, ProgramReading reading) {
        node.put("layout", reading.layout());
        node.put("why", reading.why());
        ArrayNode sheets = node.putArray("sheets");
        reading.sheets().forEach(sheets::add);
        node.put("sessions", reading.sessions());
        node.put("entries", reading.entries());
        node.put("workingSets", reading.workingSets());
        node.put("failureSets", reading.failureSets());
        node.put("beyondFailureSets", reading.beyondFailureSets());
        node.put("warmupSets", reading.warmupSets());
        node.put("conditioningEntries", reading.conditioningEntries());
    }

    private static void finding(ObjectNode node, Finding finding) {
        node.put("rule", finding.getRule());
        node.put("severity", finding.getSeverity().label());
        node.put("message", finding.getMessage());
        ArrayNode sources = node.putArray("sources");
        finding.getSources().forEach(sources::add);
        location(node.putObject("location"), finding.getLocation());
        ObjectNode fix = node.putObject("fix");
        fix.put("description", finding.getFix().getDescription());
        ArrayNode edits = fix.putArray("edits");
        for (CellEdit edit : finding.getFix().getEdits()) {
            edits.addObject().put("sheet", edit.sheet()).put("cell", edit.cell()).put("from", edit.from()).put("to", edit.to());
        }
    }

    /** REPORT.md's suppressed entry; the source names a cell ({sheet, cell}) or a file line ({file, line}). */
    private static void accepted(ObjectNode node, Accepted accepted) {
        Finding finding = accepted.finding();
        node.put("rule", finding.getRule());
        node.put("severity", finding.getSeverity().label());
        node.put("message", finding.getMessage());
        location(node.putObject("location"), finding.getLocation());
        node.put("reason", accepted.reason());
        Accepted.Source from = accepted.source();
        ObjectNode source = node.putObject("source");
        source.put("kind", from.kind());
        if (from.sheet() != null) source.put("sheet", from.sheet()).put("cell", from.cell());
        if (from.file() != null) source.put("file", from.file());
        if (from.line() != null) source.put("line", from.line());
    }

    private static void location(ObjectNode location, Location l) {
        location.put("sheet", l.getSheet());
        location.put("cell", l.getCell());
        location.put("block", l.getBlock());
        location.put("week", l.getWeek());
        location.put("day", l.getDay());
        location.put("dayLabel", l.getDayLabel());
        location.put("exercise", l.getExercise());
        location.put("set", l.getSet());
        location.put("muscle", l.getMuscle());
    }

    /** Added only with --fix: the fixed copy's file name and the edits applied and skipped (with why). */
    private static void fixed(ObjectNode node, AuditReport.FixedCopy copy) {
        node.put("file", copy.file());
        ArrayNode applied = node.putArray("applied");
        copy.applied().forEach(r -> edit(applied.addObject(), r));
        ArrayNode skipped = node.putArray("skipped");
        copy.skipped().forEach(r -> edit(skipped.addObject(), r).put("reason", r.reason()));
    }

    private static ObjectNode edit(ObjectNode node, EditResult result) {
        CellEdit e = result.edit();
        return node.put("sheet", e.sheet()).put("cell", e.cell()).put("from", e.from()).put("to", e.to())
                .put("rule", result.rule());
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    /** summary.json for a batch (REPORT.md). */
    public static String summary(List<ReportLine> reports) {
        ObjectNode root = Mapper.INSTANCE.createObjectNode();
        root.put("schema", 1);
        ArrayNode programs = root.putArray("programs");
        for (ReportLine report : reports) {
            ObjectNode p = programs.addObject();
            p.put("file", report.file());
            p.put("path", report.path());
            p.put("report", report.report());
            p.put("errors", report.errors());
            p.put("warnings", report.warnings());
            p.put("infos", report.infos());
            if (report.suppressed() > 0) p.put("suppressed", report.suppressed());
            p.put("status", report.readable() ? "ok" : "unreadable");
            p.put("error", report.readable() ? null : report.error().message());
        }
        return write(root);
    }
}
