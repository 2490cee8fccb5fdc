package com.programaudit.report;

import com.programaudit.audit.Accepted;
import com.programaudit.model.Location;
import java.util.ArrayList;
import java.util.List;

/** How every report names an accepted finding: its place in program terms, and who accepted it where. */
final class AcceptedText {
    static final String HEADING = "Accepted findings";

    private AcceptedText() { }

    /** "Week 1 · Day 1 · Back Squat · set 3 · Week 1!I6". */
    static String place(Location l) {
        List<String> parts = new ArrayList<>();
        if (l.getBlock() != null && l.getWeek() == null) parts.add(l.getBlock());
        if (l.getWeek() != null) parts.add("Week " + l.getWeek());
        if (l.getDay() != null) parts.add("Day " + l.getDay());
        if (l.getExercise() != null) parts.add(l.getExercise());
        if (l.getSet() != null) parts.add("set " + l.getSet());
        if (l.getMuscle() != null) parts.add(l.getMuscle());
        if (l.getCell() != null) parts.add(l.getSheet() + "!" + l.getCell());
        return String.join(" · ", parts);
    }

    /** "accepted at Week 1!K6: meet week" or "accepted in .auditignore:3: …" or "in the baseline b.json". */
    static String why(Accepted accepted) {
        Accepted.Source s = accepted.source();
        return switch (s.kind()) {
            case "baseline" -> "in the baseline " + s.file();
            case "file" -> "accepted in " + s.describe() + ": " + accepted.reason();
            default -> "accepted by the " + s.describe() + ": " + accepted.reason();
        };
    }
}
