package com.programaudit.report;

import com.programaudit.model.ExerciseEntry;
import com.programaudit.model.PlannedSet;
import com.programaudit.model.ProgramFacts;
import com.programaudit.model.ProgramReading;
import com.programaudit.model.Session;
import com.programaudit.model.Week;
import java.util.Locale;

/**
 * The whole reading of a program for a person ({@code show FILE}): every week, session, exercise
 * and set with its effort and the cell it came from, so a wrong reading can be found and fixed.
 */
public final class ReadingText {
    private ReadingText() { }

    public static String render(ProgramFacts facts) {
        StringBuilder out = new StringBuilder();
        out.append(facts.program().getFile()).append(" — ").append(facts.program().getName()).append('\n');
        String line = ReadingLine.of(facts.program());
        if (line != null) out.append(line).append('\n');
        ProgramReading read = facts.program().getReading();
        if (read != null && !read.sheetsWithoutRows().isEmpty()) {
            out.append("Sheets no exercise was read from: '").append(String.join("', '", read.sheetsWithoutRows())).append("'.\n");
        }
        for (Week week : facts.weeks()) {
            out.append('\n').append("Week ").append(week.getNumber()).append(" (").append(week.getLabel()).append(')');
            if (week.isDeload()) out.append(" deload");
            if (week.getBlock() != null) out.append(" · ").append(week.getBlock());
            out.append('\n');
            for (Session session : facts.sessions()) {
                if (session.getWeek() != week.getNumber()) continue;
                out.append("  Session ").append(session.getDay()).append(": ").append(session.getLabel())
                        .append("  [").append(session.getOrigin()).append("]\n");
                for (ExerciseEntry entry : facts.entries()) {
                    if (entry.getWeek() == week.getNumber() && entry.getDay() == session.getDay()) entry(out, entry);
                }
            }
        }
        return out.toString();
    }

    private static void entry(StringBuilder out, ExerciseEntry entry) {
        out.append("    ").append(entry.getPosition() > 0 ? entry.getPosition() + ". " : "-  ").append(entry.getName());
        if (entry.isConditioning()) out.append("  (conditioning)");
        else if (entry.isKnown()) {
            out.append("  → ").append(entry.getExercise()).append(" (")
                    .append(entry.getTier().name().toLowerCase(Locale.ROOT).replace('_', '-')).append(')');
        } else out.append("  (not in the catalog)");
        out.append("  [").append(entry.getOrigin()).append("]\n");
        for (PlannedSet set : entry.getSets()) {
            out.append("       ").append(set.isWarmup() ? "warm-up " : "set ").append(set.getNumber()).append(": ")
                    .append(effort(set)).append('\n');
        }
    }

    private static String effort(PlannedSet set) {
        StringBuilder text = new StringBuilder();
        if (set.isToFailure()) text.append("to failure");
        else if (set.getRir() != null) text.append("RIR ").append(number(set.getRir()));
        else text.append("effort not given");
        if (set.getRpe() != null) text.append(", RPE ").append(number(set.getRpe()));
        if (!set.getTechniques().isEmpty()) {
            text.append(", ").append(set.getTechniques().stream()
                    .map(t -> t.name().toLowerCase(Locale.ROOT).replace('_', ' ')).sorted().toList());
        }
        if (set.getLoad() != null) text.append(", load ").append(number(set.getLoad()));
        return text.toString();
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }
}
