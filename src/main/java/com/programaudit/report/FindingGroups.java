package com.programaudit.report;

import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Findings as the readable reports group them: program-wide ones first, then week by week and session
 * by session. The auditor already sorts findings in program order, so a group is a run of findings
 * with the same heading.
 */
final class FindingGroups {
    /** One heading's findings; {@code week} and {@code day} are null for program- and block-wide ones. */
    record Group(String heading, Integer week, Integer day, List<Finding> findings) { }

    private FindingGroups() { }

    static List<Group> of(List<Finding> findings) {
        List<Group> groups = new ArrayList<>();
        for (Finding finding : findings) {
            Location l = finding.getLocation();
            String heading = heading(l);
            Group last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last == null || !Objects.equals(last.heading(), heading)) {
                last = new Group(heading, l.getWeek(), l.getWeek() == null ? null : l.getDay(), new ArrayList<>());
                groups.add(last);
            }
            last.findings().add(finding);
        }
        // the most serious first under each heading; program order otherwise (the sort is stable)
        groups.forEach(g -> g.findings().sort(java.util.Comparator.comparing(Finding::getSeverity)));
        return groups;
    }

    static String heading(Location l) {
        if (l.getWeek() == null) return l.getBlock() != null && l.getExercise() == null ? "Blocks" : "Program";
        String week = "Week " + l.getWeek();
        if (l.getDay() == null) return week + " · the whole week";
        return week + " · " + sessionHeading(l);
    }

    /** "Day 2 – Upper A": the session's place in its week and the coach's label for it ("Day 2", not "Day 2 – 2"). */
    static String sessionHeading(Location l) {
        String label = l.getDayLabel();
        boolean adds = label != null && !label.isBlank() && !label.strip().matches("(?i)(?:day\\s*)?0*" + l.getDay() + "(?:\\.0)?");
        return "Day " + l.getDay() + (adds ? " – " + label : "");
    }

    /** Where a finding points, in words: exercise, set, muscle, block and sheet!cell, as far as known. */
    static List<String> whereParts(Finding f) {
        Location l = f.getLocation();
        List<String> parts = new ArrayList<>();
        if (l.getExercise() != null) parts.add(l.getExercise());
        if (l.getSet() != null) parts.add("set " + l.getSet());
        if (l.getMuscle() != null) parts.add(l.getMuscle());
        if (l.getBlock() != null && l.getWeek() == null) parts.add("block " + l.getBlock());
        return parts;
    }

    /** "Week 1!F7", or null when the finding names no cell. */
    static String cell(Location l) {
        return l.getCell() == null ? null : (l.getSheet() == null ? "" : l.getSheet() + "!") + l.getCell();
    }
}
