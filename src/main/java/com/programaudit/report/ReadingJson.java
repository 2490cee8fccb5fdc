package com.programaudit.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.programaudit.audit.AuditReport;
import com.programaudit.model.CellRef;
import com.programaudit.model.ExerciseEntry;
import com.programaudit.model.Field;
import com.programaudit.model.PlannedSet;
import com.programaudit.model.ProgramFacts;
import com.programaudit.model.Session;
import com.programaudit.model.SourceCell;
import com.programaudit.model.Week;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code show FILE --format json} (REPORT.md): the reading of {@link ReadingText} for a script. Each program as the
 * report's {@code program} object (its {@code read} included), then every week, session, exercise and set, with the
 * cell each came from and the cells a set was read from; for a file that could not be read, the error.
 */
public final class ReadingJson {
    private ReadingJson() { }

    public static String render(List<ProgramFacts> programs) {
        return JsonReport.text(g -> {
            g.writeStartObject();
            g.writeNumberField("schema", 1);
            g.writeArrayFieldStart("programs");
            for (ProgramFacts facts : programs) program(g, facts);
            g.writeEndArray();
            g.writeEndObject();
        });
    }

    /** A file that could not be read: what was wrong and where, as a report's {@code error}. */
    public static String error(String file, AuditReport.ReadError error) {
        return JsonReport.text(g -> {
            g.writeStartObject();
            g.writeNumberField("schema", 1);
            JsonReport.unreadable(g, file, error);
            g.writeEndObject();
        });
    }

    private static void program(JsonGenerator g, ProgramFacts facts) throws IOException {
        g.writeStartObject();
        g.writeObjectFieldStart("program");
        JsonReport.program(g, facts.program());
        g.writeEndObject();
        // the file's other sheets, from which no exercise row was read
        g.writeArrayFieldStart("sheetsWithoutRows");
        if (facts.program().getReading() != null) {
            for (String sheet : facts.program().getReading().sheetsWithoutRows()) g.writeString(sheet);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("weeks");
        for (Week week : facts.weeks()) {
            g.writeStartObject();
            g.writeNumberField("number", week.getNumber());
            g.writeStringField("label", week.getLabel());
            g.writeBooleanField("deload", week.isDeload());
            g.writeStringField("block", week.getBlock());
            g.writeArrayFieldStart("sessions");
            for (Session session : facts.sessions()) {
                if (session.getWeek() == week.getNumber()) session(g, session, facts);
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void session(JsonGenerator g, Session session, ProgramFacts facts) throws IOException {
        g.writeStartObject();
        g.writeNumberField("day", session.getDay());
        g.writeStringField("label", session.getLabel());
        place(g, "origin", session.getOrigin());
        g.writeArrayFieldStart("exercises");
        for (ExerciseEntry entry : facts.entries()) {
            if (entry.getWeek() == session.getWeek() && entry.getDay() == session.getDay()) entry(g, entry);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entry(JsonGenerator g, ExerciseEntry entry) throws IOException {
        g.writeStartObject();
        g.writeNumberField("position", entry.getPosition());
        g.writeStringField("name", entry.getName());
        g.writeBooleanField("conditioning", entry.isConditioning());
        g.writeBooleanField("known", entry.isKnown());
        g.writeStringField("exercise", entry.isKnown() ? entry.getExercise() : null);
        g.writeStringField("tier", entry.isKnown() && entry.getTier() != null ? lower(entry.getTier().name()) : null);
        place(g, "origin", entry.getOrigin());
        g.writeArrayFieldStart("sets");
        for (PlannedSet set : entry.getSets()) set(g, set);
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void set(JsonGenerator g, PlannedSet set) throws IOException {
        g.writeStartObject();
        g.writeNumberField("number", set.getNumber());
        g.writeBooleanField("warmup", set.isWarmup());
        g.writeBooleanField("toFailure", set.isToFailure());
        number(g, "rir", set.getRir());
        number(g, "rpe", set.getRpe());
        number(g, "load", set.getLoad());
        g.writeArrayFieldStart("techniques");
        for (String technique : set.getTechniques().stream().map(t -> lower(t.name())).sorted().toList()) g.writeString(technique);
        g.writeEndArray();
        // the cells the set was read from (sets, reps, load, effort, technique …): where to look when it reads wrong
        g.writeArrayFieldStart("cells");
        Map<Field, SourceCell> cells = set.getRow() == null ? Map.of() : set.getRow().cells();
        for (Field field : cells.keySet().stream().sorted().toList()) {
            SourceCell cell = cells.get(field);
            if (cell == null || cell.getRef() == null || cell.getText().isBlank()) continue;
            g.writeStartObject();
            g.writeStringField("field", lower(field.name()));
            g.writeStringField("text", cell.getText());
            ref(g, cell.getRef());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void place(JsonGenerator g, String name, CellRef ref) throws IOException {
        if (ref == null) {
            g.writeNullField(name);
            return;
        }
        g.writeObjectFieldStart(name);
        ref(g, ref);
        g.writeEndObject();
    }

    private static void ref(JsonGenerator g, CellRef ref) throws IOException {
        g.writeStringField("sheet", ref.getSheet());
        g.writeStringField("cell", ref.getCell());
    }

    private static void number(JsonGenerator g, String name, Double value) throws IOException {
        if (value == null) g.writeNullField(name);
        else if (value == Math.rint(value) && Math.abs(value) < 1e15) g.writeNumberField(name, value.longValue());
        else g.writeNumberField(name, value);
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
