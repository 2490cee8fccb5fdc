package com.programaudit.accept;

import com.programaudit.audit.Accepted;
import com.programaudit.model.Finding;
import com.programaudit.model.Location;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.Locale;

/**
 * One line of an ignore file: which files (a glob), which rules (none: all), optionally which week,
 * day, exercise and muscle, and why. A glob without '/' matches a file's name in any folder; with
 * '/' it matches the path relative to the ignore file's folder.
 */
public record IgnoreEntry(String label, int line, String glob, List<String> rules, Integer week, Integer day,
                          String exercise, String muscle, String reason) implements Acceptance.Ignore {
    /** Globs compiled once: every audited file is tested against every entry (the globs are the few an ignore file has). */
    private static final java.util.Map<String, PathMatcher> MATCHERS = new java.util.concurrent.ConcurrentHashMap<>();
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    public IgnoreEntry {
        rules = List.copyOf(rules);
    }

    /** {@code relative}: the audited file's path from the ignore file's folder, with '/' between names. */
    public boolean matchesFile(String relative) {
        PathMatcher matcher = MATCHERS.computeIfAbsent(glob, g -> FileSystems.getDefault().getPathMatcher("glob:" + g));
        Path path = Path.of(relative);
        return matcher.matches(path) || !glob.contains("/") && matcher.matches(path.getFileName());
    }

    @Override public boolean covers(Finding finding) {
        Location at = finding.getLocation();
        return (rules.isEmpty() || rules.contains(finding.getRule()))
                && (week == null || week.equals(at.getWeek()))
                && (day == null || day.equals(at.getDay()))
                && (exercise == null || same(exercise, at.getExercise()))
                && (muscle == null || same(muscle, at.getMuscle()));
    }

    @Override public Accepted.Source source() { return Accepted.Source.file(label, line); }

    static String normal(String name) {
        return name == null ? null : SPACES.matcher(name.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static boolean same(String wanted, String actual) {
        return actual != null && normal(wanted).equals(normal(actual));
    }
}
