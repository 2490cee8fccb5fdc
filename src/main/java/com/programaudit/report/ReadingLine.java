package com.programaudit.report;

import com.programaudit.model.Program;
import com.programaudit.model.ProgramReading;
import java.util.ArrayList;
import java.util.List;

/**
 * "How I read your file" in one sentence, the same in every format, so a coach can trust the
 * reading or see at once that it went wrong: layout, sheets, weeks, sessions, exercises, sets.
 */
public final class ReadingLine {
    private static final int LISTED_SHEETS = 4;

    private ReadingLine() { }

    /** Null when the program was not read from a file. */
    public static String of(Program program) {
        ProgramReading read = program.getReading();
        if (read == null) return null;
        StringBuilder line = new StringBuilder("Read as ").append(read.layout());
        if (!read.sheets().isEmpty()) line.append(" from ").append(sheets(read.sheets()));
        line.append(": ").append(Words.count(program.getWeeks(), "week")).append(", ")
                .append(Words.count(read.sessions(), "session")).append(", ")
                .append(Words.count(read.entries(), "exercise")).append(", ")
                .append(Words.count(read.workingSets(), "working set"));
        List<String> extras = new ArrayList<>();
        if (read.failureSets() > 0) extras.add(read.failureSets() + " to failure or beyond");
        if (read.warmupSets() > 0) extras.add(Words.count(read.warmupSets(), "warm-up set"));
        if (read.conditioningEntries() > 0) extras.add(read.conditioningEntries() + " conditioning");
        if (!extras.isEmpty()) line.append(" (").append(String.join(", ", extras)).append(')');
        line.append('.');
        if (read.why() != null && !read.why().isBlank()) line.append(" Why: ").append(read.why()).append('.');
        return line.toString();
    }

    private static String sheets(List<String> sheets) {
        if (sheets.size() == 1) return "sheet '" + sheets.get(0) + "'";
        List<String> shown = sheets.subList(0, Math.min(LISTED_SHEETS, sheets.size()));
        String listed = "'" + String.join("', '", shown) + "'";
        return sheets.size() + " sheets (" + listed + (sheets.size() > LISTED_SHEETS ? ", …" : "") + ")";
    }
}
