package com.programaudit.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
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
    /**
     * Jackson's streaming core with its default indentation, as an ObjectMapper with INDENT_OUTPUT writes: a batch
     * writes every report (and summary.json) without loading the data-binding layer. Made when first used.
     */
    private static final class Json {
        static final JsonFactory FACTORY = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

        static JsonGenerator generator(java.io.Writer out) throws IOException {
            return FACTORY.createGenerator(out).setPrettyPrinter(new DefaultPrettyPrinter());
        }
    }

    @Override public String name() { return "json"; }

    @Override public String extension() { return "json"; }

    @Override public String render(AuditReport report) {
        return text(g -> report(g, report));
    }

    /**
     * The same text encoded as it is written, without the whole String between (a batch writes hundreds). Through
     * a Writer, as {@link #render} writes: Jackson's own UTF-8 generator would escape characters such as emoji.
     */
    @Override public byte[] bytes(AuditReport report) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(8192);
        try (java.io.Writer out = new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8)) {
            write(out, g -> report(g, report));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** What a JSON text holds, written field by field: no tree between (building one first cost as much again). */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    /** The one way every JSON text here is written: indented, then a last newline. */
    private static void write(java.io.Writer out, Body body) throws IOException {
        try (JsonGenerator g = Json.generator(out)) {
            body.write(g);
        }
        out.write('\n');
    }

    static String text(Body body) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            write(out, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static void report(JsonGenerator g, AuditReport report) throws IOException {
        g.writeStartObject();
        g.writeNumberField("schema", 1);
        if (!report.readable()) {
            unreadable(g, report.file(), report.error());
            g.writeArrayFieldStart("findings");
            g.writeEndArray();
            g.writeEndObject();
            return;
        }
        g.writeObjectFieldStart("program");
        program(g, report.program());
        g.writeEndObject();
        g.writeObjectFieldStart("summary");
        g.writeNumberField("errors", report.count(Severity.ERROR));
        g.writeNumberField("warnings", report.count(Severity.WARNING));
        g.writeNumberField("infos", report.count(Severity.INFO));
        g.writeEndObject();
        g.writeArrayFieldStart("findings");
        for (Finding f : report.findings()) finding(g, f);
        g.writeEndArray();
        if (!report.suppressed().isEmpty()) {
            g.writeArrayFieldStart("suppressed");
            for (Accepted a : report.suppressed()) accepted(g, a);
            g.writeEndArray();
        }
        if (report.fixed() != null) {
            g.writeObjectFieldStart("fixed");
            fixed(g, report.fixed());
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    /** The program and error fields of a file that could not be read (REPORT.md); {@code show} writes them too. */
    static void unreadable(JsonGenerator g, String file, AuditReport.ReadError error) throws IOException {
        g.writeObjectFieldStart("program");
        g.writeStringField("file", file);
        g.writeEndObject();
        g.writeObjectFieldStart("error");
        g.writeStringField("message", error.message());
        g.writeStringField("sheet", error.sheet());
        g.writeStringField("cell", error.cell());
        g.writeEndObject();
    }

    static void program(JsonGenerator g, Program program) throws IOException {
        g.writeStringField("file", program.getFile());
        g.writeStringField("name", program.getName());
        g.writeStringField("athlete", program.getAthlete());
        g.writeStringField("level", program.getLevel() == Level.UNKNOWN ? null : lower(program.getLevel().name()));
        if (program.getTrainsAlone() == null) g.writeNullField("trainsAlone");
        else g.writeBooleanField("trainsAlone", program.getTrainsAlone());
        g.writeNumberField("weeks", program.getWeeks());
        g.writeArrayFieldStart("blocks");
        for (Block block : program.getBlocks()) {
            g.writeStartObject();
            g.writeStringField("name", block.getName());
            g.writeStringField("type", block.getType() == BlockType.NONE ? null : lower(block.getType().name()));
            g.writeNumberField("firstWeek", block.getFirstWeek());
            g.writeNumberField("lastWeek", block.getLastWeek());
            g.writeEndObject();
        }
        g.writeEndArray();
        if (program.getReading() != null) {
            g.writeObjectFieldStart("read");
            reading(g, program.getReading());
            g.writeEndObject();
        }
    }

    private static void reading(JsonGenerator g, ProgramReading reading) throws IOException {
        g.writeStringField("layout", reading.layout());
        g.writeStringField("why", reading.why());
        g.writeArrayFieldStart("sheets");
        for (String sheet : reading.sheets()) g.writeString(sheet);
        g.writeEndArray();
        g.writeNumberField("sessions", reading.sessions());
        g.writeNumberField("entries", reading.entries());
        g.writeNumberField("workingSets", reading.workingSets());
        g.writeNumberField("failureSets", reading.failureSets());
        g.writeNumberField("beyondFailureSets", reading.beyondFailureSets());
        g.writeNumberField("warmupSets", reading.warmupSets());
        g.writeNumberField("conditioningEntries", reading.conditioningEntries());
    }

    private static void finding(JsonGenerator g, Finding finding) throws IOException {
        g.writeStartObject();
        g.writeStringField("rule", finding.getRule());
        g.writeStringField("severity", finding.getSeverity().label());
        g.writeStringField("message", finding.getMessage());
        g.writeArrayFieldStart("sources");
        for (String source : finding.getSources()) g.writeString(source);
        g.writeEndArray();
        location(g, finding.getLocation());
        g.writeObjectFieldStart("fix");
        g.writeStringField("description", finding.getFix().getDescription());
        g.writeArrayFieldStart("edits");
        for (CellEdit edit : finding.getFix().getEdits()) {
            g.writeStartObject();
            edit(g, edit);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
        g.writeEndObject();
    }

    /** REPORT.md's suppressed entry; the source names a cell ({sheet, cell}) or a file line ({file, line}). */
    private static void accepted(JsonGenerator g, Accepted accepted) throws IOException {
        Finding finding = accepted.finding();
        g.writeStartObject();
        g.writeStringField("rule", finding.getRule());
        g.writeStringField("severity", finding.getSeverity().label());
        g.writeStringField("message", finding.getMessage());
        location(g, finding.getLocation());
        g.writeStringField("reason", accepted.reason());
        Accepted.Source from = accepted.source();
        g.writeObjectFieldStart("source");
        g.writeStringField("kind", from.kind());
        if (from.sheet() != null) {
            g.writeStringField("sheet", from.sheet());
            g.writeStringField("cell", from.cell());
        }
        if (from.file() != null) g.writeStringField("file", from.file());
        if (from.line() != null) number(g, "line", from.line());
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void location(JsonGenerator g, Location l) throws IOException {
        g.writeObjectFieldStart("location");
        g.writeStringField("sheet", l.getSheet());
        g.writeStringField("cell", l.getCell());
        g.writeStringField("block", l.getBlock());
        number(g, "week", l.getWeek());
        number(g, "day", l.getDay());
        g.writeStringField("dayLabel", l.getDayLabel());
        g.writeStringField("exercise", l.getExercise());
        number(g, "set", l.getSet());
        g.writeStringField("muscle", l.getMuscle());
        g.writeEndObject();
    }

    /** Added only with --fix: the fixed copy's file name and the edits applied and skipped (with why). */
    private static void fixed(JsonGenerator g, AuditReport.FixedCopy copy) throws IOException {
        g.writeStringField("file", copy.file());
        g.writeArrayFieldStart("applied");
        for (EditResult r : copy.applied()) {
            g.writeStartObject();
            edit(g, r);
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("skipped");
        for (EditResult r : copy.skipped()) {
            g.writeStartObject();
            edit(g, r);
            g.writeStringField("reason", r.reason());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void edit(JsonGenerator g, EditResult result) throws IOException {
        edit(g, result.edit());
        g.writeStringField("rule", result.rule());
    }

    private static void edit(JsonGenerator g, CellEdit e) throws IOException {
        g.writeStringField("sheet", e.sheet());
        g.writeStringField("cell", e.cell());
        g.writeStringField("from", e.from());
        g.writeStringField("to", e.to());
    }

    /** A whole number that may be missing: written as null, as the report's location does for a program-wide finding. */
    private static void number(JsonGenerator g, String name, Integer value) throws IOException {
        if (value == null) g.writeNullField(name);
        else g.writeNumberField(name, value.intValue());
    }

    private static String lower(String s) { return s.toLowerCase(Locale.ROOT); }

    /** summary.json for a batch (REPORT.md). */
    public static String summary(List<ReportLine> reports) {
        return text(g -> {
            g.writeStartObject();
            g.writeNumberField("schema", 1);
            g.writeArrayFieldStart("programs");
            for (ReportLine report : reports) summaryLine(g, report);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    private static void summaryLine(JsonGenerator g, ReportLine report) throws IOException {
        g.writeStartObject();
        g.writeStringField("file", report.file());
        g.writeStringField("path", report.path());
        g.writeStringField("report", report.report());
        g.writeNumberField("errors", report.errors());
        g.writeNumberField("warnings", report.warnings());
        g.writeNumberField("infos", report.infos());
        if (report.suppressed() > 0) g.writeNumberField("suppressed", report.suppressed());
        g.writeStringField("status", report.readable() ? "ok" : "unreadable");
        g.writeStringField("error", report.readable() ? null : report.error().message());
        g.writeEndObject();
    }
}
