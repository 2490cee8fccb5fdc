package com.programaudit.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an exception thrown while building the rules (Drools' decision-table parser throws rather
 * than reporting) into one "file:line: message" problem, the row standing in for the line.
 */
final class BuildFailure {
    private static final Pattern FILE = Pattern.compile("\\[([^\\]]+\\.(?:drl\\.xlsx|drl\\.xls|drl))\\]\\s*");
    private static final Pattern CELL = Pattern.compile("\\bcell ([A-Z]{1,3})(\\d+)\\b");

    private BuildFailure() { }

    static String describe(RuntimeException failure) {
        String message = innermostMessage(failure);
        String file = "?";
        Matcher f = FILE.matcher(String.valueOf(failure.getMessage()));
        if (f.find()) file = f.group(1).replaceFirst("^src/main/resources/", "");
        message = FILE.matcher(message).replaceAll("").strip();
        Matcher cell = CELL.matcher(message);
        String line = cell.find() ? cell.group(2) : "0";
        return file + ":" + line + ": " + message;
    }

    private static String innermostMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause().getMessage() != null) t = t.getCause();
        String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
